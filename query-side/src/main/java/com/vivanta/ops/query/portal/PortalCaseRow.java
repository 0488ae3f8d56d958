package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.portal.PortalCaseView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

@Entity
@Table(name = "portal_case")
class PortalCaseRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;
    @Column(name = "owner_visible_status")
    private String ownerVisibleStatus;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected PortalCaseRow() {
    }

    PortalCaseRow(UUID id, UUID organizationId, Instant openedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.openedAt = openedAt;
        this.openedOn = LocalDate.ofInstant(openedAt, ZoneOffset.UTC);
    }

    void title(String title) {
        this.title = title;
    }

    void priority(CasePriority priority) {
        this.priority = priority;
    }

    void propertyId(UUID propertyId) {
        this.propertyId = propertyId;
    }

    void ownerVisibleStatus(String ownerVisibleStatus) {
        this.ownerVisibleStatus = ownerVisibleStatus;
    }

    PortalCaseView toView() {
        return new PortalCaseView(id, propertyId, title, priority, ownerVisibleStatus, openedAt, updatedAt());
    }
}
