package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.api.properties.OwnershipView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "ownership_view")
class OwnershipRow {

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
    @Column(name = "approval_limit_amount")
    private BigDecimal approvalLimitAmount;
    @Column(name = "approval_limit_currency")
    private String approvalLimitCurrency;
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OwnershipRow() {
    }

    OwnershipRow(Key key, UUID organizationId, Instant linkedAt) {
        this.key = key;
        this.organizationId = organizationId;
        this.linkedAt = linkedAt;
    }

    void terms(Ownership ownership, Instant at) {
        this.percentage = ownership.percentage();
        this.startDate = ownership.startDate();
        this.endDate = ownership.endDate();
        this.primaryContact = ownership.primaryContact();
        this.approvalLimitAmount = ownership.approvalLimit() == null ? null : ownership.approvalLimit().amount();
        this.approvalLimitCurrency = ownership.approvalLimit() == null ? null : ownership.approvalLimit().currency();
        this.updatedAt = at;
    }

    OwnershipView toView() {
        Money limit = approvalLimitAmount == null ? null : new Money(plain(approvalLimitAmount), approvalLimitCurrency);
        return new OwnershipView(key.propertyId(), key.ownerId(),
                                 new Ownership(percentage == null ? null : plain(percentage), startDate, endDate,
                                               primaryContact, limit),
                                 linkedAt, updatedAt);
    }

    /** The column's fixed scale would show 60 as 60.0000; give the number as it was meant. */
    private static BigDecimal plain(BigDecimal stored) {
        return new BigDecimal(stored.stripTrailingZeros().toPlainString());
    }
}
