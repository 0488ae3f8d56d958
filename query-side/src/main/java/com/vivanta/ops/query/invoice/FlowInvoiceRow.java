package com.vivanta.ops.query.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Part of the {@code approval-flow-view} read model: each invoice's organization and the users separation of
 * duties keeps from approving it (who entered it, who ever submitted it), which the flow events do not repeat.
 */
@Entity
@Table(name = "approval_flow_invoice")
class FlowInvoiceRow {

    @Id
    @Column(name = "invoice_id")
    private UUID invoiceId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "barred_approvers", nullable = false)
    private List<String> barredApprovers;

    protected FlowInvoiceRow() {
    }

    FlowInvoiceRow(UUID invoiceId, UUID organizationId, String createdBy) {
        this.invoiceId = invoiceId;
        this.organizationId = organizationId;
        this.barredApprovers = List.of(createdBy);
    }

    UUID invoiceId() {
        return invoiceId;
    }

    UUID organizationId() {
        return organizationId;
    }

    List<String> barredApprovers() {
        return barredApprovers;
    }

    /** Someone submitted the invoice; applying the same submission twice changes nothing. */
    void submittedBy(String user) {
        barredApprovers = with(barredApprovers, user);
    }

    /** The list with the user added at the end, unless already in it. */
    static List<String> with(List<String> users, String user) {
        if (users.contains(user)) {
            return users;
        }
        List<String> more = new ArrayList<>(users);
        more.add(user);
        return List.copyOf(more);
    }
}
