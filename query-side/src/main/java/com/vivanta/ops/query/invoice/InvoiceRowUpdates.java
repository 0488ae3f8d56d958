package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.ApprovalStepReassignedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovalFlowStartedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceAutoApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceChangesRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceCreatedEvent;
import com.vivanta.ops.api.invoice.InvoiceDetailsRevisedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspectedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspicionClearedEvent;
import com.vivanta.ops.api.invoice.InvoiceExportedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineAddedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineChangedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineRemovedEvent;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * How each event of an invoice changes its {@code invoice-view} row. The live projection applies it to the
 * stored rows; the point-in-time history ({@code GET /invoices/{id}/history}) applies it to a transient row,
 * so both read the events the same way.
 */
class InvoiceRowUpdates {

    private final AggregateRows<InvoiceRow> invoices;

    InvoiceRowUpdates(AggregateRows<InvoiceRow> invoices) {
        this.invoices = invoices;
    }

    @EventHandler
    void on(InvoiceCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.create(event.invoiceId(), sequence, at, () -> {
            InvoiceRow row = new InvoiceRow(event.invoiceId(), event.organizationId(), event.vendorId(),
                                            event.propertyId(), event.workOrderId(), event.sourceDocumentId(),
                                            event.currency(), event.createdBy(), at);
            row.details(event.invoiceNumber(), event.invoiceDate(), event.dueDate(), event.expenseCategory());
            return row;
        });
    }

    @EventHandler
    void on(InvoiceLineAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.putLine(event.line(), event.totals()));
    }

    @EventHandler
    void on(InvoiceLineChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.putLine(event.line(), event.totals()));
    }

    @EventHandler
    void on(InvoiceLineRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.removeLine(event.lineNumber(), event.totals()));
    }

    @EventHandler
    void on(InvoiceDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at,
                        row -> row.details(event.invoiceNumber(), event.invoiceDate(), event.dueDate(),
                                           event.expenseCategory()));
    }

    @EventHandler
    void on(InvoiceDuplicateSuspectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.suspectedDuplicate(event.similarInvoiceIds()));
    }

    @EventHandler
    void on(InvoiceDuplicateSuspicionClearedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.duplicateSuspicionCleared(event.reason()));
    }

    @EventHandler
    void on(InvoiceReviewRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at,
                        row -> row.submittedForReview(event.submittedBy(), event.nteCheck()));
    }

    @EventHandler
    void on(InvoiceApprovalFlowStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at,
                        row -> row.flowStarted(event.flowId(), event.route().policyId(),
                                               event.route().policyVersion(), event.route().ruleName(),
                                               event.submittedBy(), event.nteCheck()));
    }

    @EventHandler
    void on(InvoiceAutoApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.status(InvoiceStatus.APPROVED));
    }

    /**
     * Nothing shown here changes, but the row's version follows the invoice's, so that a command endpoint
     * deciding a step can wait for this view like for any other change of the invoice.
     */
    @EventHandler
    void on(ApprovalStepDecidedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, InvoiceRow::unchanged);
    }

    @EventHandler
    void on(ApprovalStepReassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, InvoiceRow::unchanged);
    }

    @EventHandler
    void on(InvoiceApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.status(InvoiceStatus.APPROVED));
    }

    @EventHandler
    void on(InvoiceRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.rejected(event.reason()));
    }

    @EventHandler
    void on(InvoiceChangesRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.status(InvoiceStatus.CHANGES_REQUESTED));
    }

    @EventHandler
    void on(InvoiceExportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.exported(event.exportId(), at));
    }
}
