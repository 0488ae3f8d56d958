package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A setting of one scope for one capability. {@code organizationId} owns the scope: the tenant, or the
 * platform organization for GLOBAL, which the API shows as no organization at all.
 */
@MappedSuperclass
abstract class ScopedRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiScope scope;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiCapability capability;

    protected ScopedRow() {
    }

    protected ScopedRow(UUID id, UUID organizationId, AiScope scope, AiCapability capability) {
        this.id = id;
        this.organizationId = organizationId;
        this.scope = scope;
        this.capability = capability;
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    AiScope scope() {
        return scope;
    }

    AiCapability capability() {
        return capability;
    }

    /** The organization as the API shows it: none for a global setting. */
    UUID shownOrganizationId() {
        return scope == AiScope.GLOBAL ? null : organizationId;
    }
}
