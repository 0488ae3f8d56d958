package com.vivanta.ops.query.organization;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.organization.SlaPolicy;
import com.vivanta.ops.api.organization.SlaPolicyView;
import com.vivanta.ops.query.common.AggregateRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The SLA targets an organization set for itself (organizations without a row work with the defaults).
 * Targets are kept as ISO-8601 text: exact, and readable in the table.
 */
@Entity
@Table(name = "sla_policy_view")
class SlaPolicyRow implements AggregateRow {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_policy_target", joinColumns = @JoinColumn(name = "organization_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "priority", length = 20)
    @Column(name = "resolution_target", nullable = false, length = 40)
    private Map<CasePriority, String> targets = new HashMap<>();
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(nullable = false)
    private long version;

    protected SlaPolicyRow() {
    }

    SlaPolicyRow(UUID organizationId) {
        this.organizationId = organizationId;
    }

    void targets(Map<CasePriority, Duration> resolutionTargets) {
        targets.clear();
        resolutionTargets.forEach((priority, target) -> targets.put(priority, target.toString()));
    }

    SlaPolicyView toView() {
        Map<CasePriority, Duration> parsed = new EnumMap<>(CasePriority.class);
        targets.forEach((priority, target) -> parsed.put(priority, Duration.parse(target)));
        return new SlaPolicyView(organizationId, parsed, false, changedAt, version);
    }

    SlaPolicy toPolicy() {
        return new SlaPolicy(toView().resolutionTargets());
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void reflect(long sequence, Instant at) {
        version = sequence;
        changedAt = at;
    }
}
