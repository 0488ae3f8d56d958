package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovalFlowStartedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceAutoApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceChangesRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceCreatedEvent;
import com.vivanta.ops.api.invoice.InvoiceDetailsRevisedEvent;
import com.vivanta.ops.api.invoice.InvoiceExportedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineAddedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineChangedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineRemovedEvent;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.portal.FindPortalInvoiceApprovalQuery;
import com.vivanta.ops.api.portal.FindPortalInvoiceApprovalsQuery;
import com.vivanta.ops.api.portal.FindPortalInvoicesQuery;
import com.vivanta.ops.api.portal.PortalApprovalStatus;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalInvoiceView;
import com.vivanta.ops.api.portal.PortalInvoicePage;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * The {@code portal-invoice} read model: invoices of properties with their number, dates, totals and status,
 * and the OWNER step of their latest approval flow. Lines, vendors, reviewers' notes and reasons are not
 * kept. Owners are shown only APPROVED and EXPORTED invoices; the OWNER step is what the portal's approvals
 * list offers them before that.
 */
@Component
@ProcessingGroup(PortalInvoiceProjection.NAME)
class PortalInvoiceProjection {

    static final String NAME = "portal-invoice";

    /** What an owner is shown of their bills: what was decided to be paid. */
    private static final List<InvoiceStatus> SHOWN = List.of(InvoiceStatus.APPROVED, InvoiceStatus.EXPORTED);
    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private final PortalInvoiceRows rows;
    private final AggregateRows<PortalInvoiceRow> invoices;
    private final Clock clock;

    PortalInvoiceProjection(PortalInvoiceRows rows, QueryUpdateEmitter emitter, Clock clock) {
        this.rows = rows;
        this.invoices = new AggregateRows<>(rows, row -> {
            PortalApprovalView approval = row.toApproval();
            emitter.emit(FindPortalInvoiceApprovalQuery.class,
                         query -> query.invoiceId().equals(approval.id()) && row.asks(query.scope()), approval);
        });
        this.clock = clock;
    }

    @EventHandler
    void on(InvoiceCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.create(event.invoiceId(), sequence, at, () -> {
            PortalInvoiceRow row = new PortalInvoiceRow(event.invoiceId(), event.organizationId(), event.propertyId(),
                                                        event.workOrderId(), event.currency(), at);
            row.details(event.invoiceNumber(), event.invoiceDate(), event.dueDate());
            return row;
        });
    }

    @EventHandler
    void on(InvoiceLineAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.totals(event.totals()));
    }

    @EventHandler
    void on(InvoiceLineChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.totals(event.totals()));
    }

    @EventHandler
    void on(InvoiceLineRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.totals(event.totals()));
    }

    @EventHandler
    void on(InvoiceDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at,
                        row -> row.details(event.invoiceNumber(), event.invoiceDate(), event.dueDate()));
    }

    @EventHandler
    void on(InvoiceReviewRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.status(InvoiceStatus.PENDING_REVIEW));
    }

    @EventHandler
    void on(InvoiceApprovalFlowStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.flowStarted(event.flowId(), event.route(), at));
    }

    @EventHandler
    void on(ApprovalStepDecidedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.stepCompleted()) {
            invoices.change(event.invoiceId(), sequence, at,
                            row -> row.stepDecided(event.flowId(), event.stepOrder(), event.decision(), at));
        }
    }

    @EventHandler
    void on(InvoiceAutoApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.approved(at));
    }

    @EventHandler
    void on(InvoiceApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.approved(at));
    }

    @EventHandler
    void on(InvoiceRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.flowEnded(InvoiceStatus.REJECTED));
    }

    @EventHandler
    void on(InvoiceChangesRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.flowEnded(InvoiceStatus.CHANGES_REQUESTED));
    }

    @EventHandler
    void on(InvoiceExportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.change(event.invoiceId(), sequence, at, row -> row.exported(at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    PortalInvoicePage handle(FindPortalInvoicesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findVisible(query.scope().organizationId(), query.scope().ownerId(), today(),
                                              SHOWN, window),
                             PortalInvoiceRow::toView, PortalInvoicePage::new);
    }

    @QueryHandler
    List<PortalApprovalView> handle(FindPortalInvoiceApprovalsQuery query) {
        return rows.findAsked(query.scope().organizationId(), query.scope().ownerId(), today()).stream()
                   .map(PortalInvoiceRow::toApproval)
                   .filter(approval -> approval.status() == PortalApprovalStatus.PENDING)
                   .toList();
    }

    @QueryHandler
    Optional<PortalApprovalView> handle(FindPortalInvoiceApprovalQuery query) {
        return rows.findAsked(query.scope().organizationId(), query.scope().ownerId(), today(), query.invoiceId())
                   .map(PortalInvoiceRow::toApproval);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
