package com.vivanta.ops.query.access;

import com.vivanta.ops.api.organization.OrganizationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "directory_organization")
class OrganizationRow {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String slug;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private long version;

    protected OrganizationRow() {
    }

    OrganizationRow(UUID id, String name, String slug, Instant createdAt, long version) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.status = "ACTIVE";
        this.createdAt = createdAt;
        this.version = version;
    }

    String slug() {
        return slug;
    }

    OrganizationView toView() {
        return new OrganizationView(id, name, slug, status, createdAt, version);
    }
}
