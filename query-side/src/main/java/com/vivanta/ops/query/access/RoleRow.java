package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.RoleView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "directory_role")
class RoleRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "role_name", nullable = false)
    private String roleName;
    private String description;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", nullable = false)
    private Set<String> permissions = new HashSet<>();

    protected RoleRow() {
    }

    RoleRow(UUID id, UUID organizationId, String roleName, String description, Set<String> permissions,
            Instant createdAt, long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.roleName = roleName;
        this.description = description;
        this.permissions = new HashSet<>(permissions);
        this.createdAt = createdAt;
        this.version = version;
    }

    long version() {
        return version;
    }

    void grant(Set<String> granted, long sequence) {
        permissions.addAll(granted);
        version = sequence;
    }

    UUID organizationId() {
        return organizationId;
    }

    RoleView toView() {
        return new RoleView(id, organizationId, roleName, description, Set.copyOf(permissions), createdAt, version);
    }

    Set<String> permissions() {
        return permissions;
    }
}
