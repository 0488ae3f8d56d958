package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.portal.PortalOwnershipTerms;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.query.common.MoneyColumns;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Who holds a property on which days: the portal's only source of what an owner may see. */
@Entity
@Table(name = "portal_ownership")
class PortalOwnershipRow {

    @Embeddable
    record Key(@Column(name = "property_id") UUID propertyId, @Column(name = "owner_id") UUID ownerId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private BigDecimal percentage;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "approval_limit_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "approval_limit_currency"))
    private MoneyColumns approvalLimit;
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected PortalOwnershipRow() {
    }

    PortalOwnershipRow(Key key, UUID organizationId, Instant linkedAt) {
        this.key = key;
        this.organizationId = organizationId;
        this.linkedAt = linkedAt;
    }

    void terms(Ownership ownership) {
        this.percentage = ownership.percentage();
        this.startDate = ownership.startDate();
        this.endDate = ownership.endDate();
        this.primaryContact = ownership.primaryContact();
        this.approvalLimit = MoneyColumns.of(ownership.approvalLimit());
    }

    UUID propertyId() {
        return key.propertyId();
    }

    PortalOwnershipTerms toTerms() {
        Money limit = MoneyColumns.toMoney(approvalLimit);
        return new PortalOwnershipTerms(percentage == null ? null
                                                : new BigDecimal(percentage.stripTrailingZeros().toPlainString()),
                                        startDate, endDate, primaryContact, limit, linkedAt);
    }
}
