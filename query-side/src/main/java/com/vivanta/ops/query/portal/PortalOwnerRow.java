package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.portal.PortalOwnerView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "portal_owner")
class PortalOwnerRow extends ReflectingRow {

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

    protected PortalOwnerRow() {
    }

    PortalOwnerRow(UUID id, UUID organizationId) {
        this.id = id;
        this.organizationId = organizationId;
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

    PortalOwnerView toView() {
        return new PortalOwnerView(id, organizationId, displayName, email, phone, company, status);
    }
}
