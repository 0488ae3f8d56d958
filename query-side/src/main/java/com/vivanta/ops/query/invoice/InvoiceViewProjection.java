package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.ApprovalStepReassignedEvent;
import com.vivanta.ops.api.invoice.FindInvoiceByExportQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQueueQuery;
import com.vivanta.ops.api.invoice.FindInvoicesQuery;
import com.vivanta.ops.api.invoice.FindSimilarInvoicesQuery;
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
import com.vivanta.ops.api.invoice.InvoicePage;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code invoice-view} read model: one row per vendor invoice with its lines, for lists, the
 * accounts-payable queues, details, the accounting export and the soft duplicate check. Totals are the
 * aggregate's, copied from the events. Each event is applied once ({@link AggregateRows}); after each
 * change the new view is emitted to subscription queries, which is how command endpoints learn that their
 * write is visible.
 */
@Component
@ProcessingGroup(InvoiceViewProjection.NAME)
class InvoiceViewProjection {

    static final String NAME = "invoice-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

    private final InvoiceRowRepository rows;
    private final AggregateRows<InvoiceRow> invoices;

    InvoiceViewProjection(InvoiceRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.invoices = new AggregateRows<>(rows, row -> {
            InvoiceView view = row.toView();
            emitter.emit(FindInvoiceQuery.class, query -> query.invoiceId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
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

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch(); // lines go with them (ON DELETE CASCADE)
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoiceQuery query) {
        return rows.findByIdAndOrganizationId(query.invoiceId(), query.organizationId()).map(InvoiceRow::toView);
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoiceByExportQuery query) {
        return rows.findByExportIdAndOrganizationId(query.exportId(), query.organizationId())
                   .map(InvoiceRow::toView);
    }

    @QueryHandler
    InvoicePage handle(FindInvoicesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findAll(InvoiceSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             InvoiceRow::toView, InvoicePage::new);
    }

    @QueryHandler
    InvoicePage handle(FindInvoiceQueueQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), OLDEST_FIRST);
        return window.toPage(rows.findAll(InvoiceSpecifications.inQueue(query.organizationId(), query.queue()),
                                          window),
                             InvoiceRow::toView, InvoicePage::new);
    }

    /** Ids of look-alike invoices, oldest first; an invoice without a vendor, date or total has none. */
    @QueryHandler
    List<UUID> handle(FindSimilarInvoicesQuery query) {
        if (query.vendorId() == null || query.total() == null || query.invoiceDate() == null) {
            return List.of();
        }
        return rows.findAll(InvoiceSpecifications.similarTo(query.organizationId(), query.invoiceId(),
                                                            query.vendorId(), query.total(), query.invoiceDate()),
                            OLDEST_FIRST)
                   .stream().map(InvoiceRow::id).toList();
    }
}
