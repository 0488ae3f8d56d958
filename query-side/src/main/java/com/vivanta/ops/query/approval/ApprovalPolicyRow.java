package com.vivanta.ops.query.approval;

import com.vivanta.ops.api.approval.ApprovalPolicyDefinedEvent;
import com.vivanta.ops.api.approval.ApprovalPolicyView;
import com.vivanta.ops.api.approval.ApprovalRule;
import com.vivanta.ops.query.common.AggregateRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The approval policy an organization defined, one row per organization. {@code policyVersion} is the
 * policy's own version; {@code version}, as in every row, the sequence number of its last event.
 */
@Entity
@Table(name = "approval_policy_view")
class ApprovalPolicyRow implements AggregateRow {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;
    @Column(name = "policy_id", nullable = false)
    private UUID policyId;
    @Column(name = "policy_version", nullable = false)
    private int policyVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ApprovalRule> rules;
    @Column(name = "nte_tolerance_percent", nullable = false)
    private int nteTolerancePercent;
    @Column(name = "require_approval_for_all", nullable = false)
    private boolean requireApprovalForAll;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private long version;

    protected ApprovalPolicyRow() {
    }

    ApprovalPolicyRow(UUID organizationId, UUID policyId) {
        this.organizationId = organizationId;
        this.policyId = policyId;
    }

    void define(ApprovalPolicyDefinedEvent event) {
        policyVersion = event.version();
        rules = event.rules();
        nteTolerancePercent = event.nteTolerancePercent();
        requireApprovalForAll = event.requireApprovalForAll();
        updatedBy = event.definedBy();
    }

    ApprovalPolicyView toView() {
        return new ApprovalPolicyView(policyId, organizationId, policyVersion, rules, nteTolerancePercent,
                                      requireApprovalForAll, updatedBy, updatedAt);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void reflect(long sequence, Instant at) {
        version = sequence;
        updatedAt = at;
    }
}
