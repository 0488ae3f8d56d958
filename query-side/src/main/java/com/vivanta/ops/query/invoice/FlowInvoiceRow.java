package com.vivanta.ops.query.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Part of the {@code approval-flow-view} read model: the organization and creator of each invoice, which
 * the flow events do not repeat. The creator may not approve the invoice, so "my pending approvals" needs it.
 */
@Entity
@Table(name = "approval_flow_invoice")
class FlowInvoiceRow {

    @Id
    @Column(name = "invoice_id")
    private UUID invoiceId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected FlowInvoiceRow() {
    }

    FlowInvoiceRow(UUID invoiceId, UUID organizationId, String createdBy) {
        this.invoiceId = invoiceId;
        this.organizationId = organizationId;
        this.createdBy = createdBy;
    }

    UUID invoiceId() {
        return invoiceId;
    }

    UUID organizationId() {
        return organizationId;
    }

    String createdBy() {
        return createdBy;
    }
}
