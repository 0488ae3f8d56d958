package com.vivanta.ops.query.owners;

import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the {@code owner-directory} read model. Every value is derived from the owner's events. */
@Entity
@Table(name = "owner_view")
class OwnerRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private String email;
    private String phone;
    @Column(name = "is_company", nullable = false)
    private boolean company;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OwnerStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OwnerRow() {
    }

    OwnerRow(UUID id, UUID organizationId, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }

    OwnerView toView() {
        return new OwnerView(id, organizationId, displayName, email, phone, company, status, createdAt, updatedAt(),
                             version());
    }

    void details(String displayName, String email, String phone, boolean company) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.company = company;
    }

    void status(OwnerStatus status) {
        this.status = status;
    }
}
