package com.vivanta.ops.query.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.api.approval.ApprovalFlowPage;
import com.vivanta.ops.api.approval.ApprovalFlowStatus;
import com.vivanta.ops.api.approval.ApprovalFlowView;
import com.vivanta.ops.api.approval.ApprovalStepDecisionView;
import com.vivanta.ops.api.approval.FindApprovalFlowQuery;
import com.vivanta.ops.api.approval.FindApprovalFlowsQuery;
import com.vivanta.ops.api.approval.FindMyPendingApprovalsQuery;
import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.ApprovalStepReassignedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovalFlowStartedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceAutoApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceChangesRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceCreatedEvent;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.NteCheck;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The {@code approval-flow-view} read model: the approval flows of invoices with their steps and decisions,
 * for {@code /approval-flows} and "my pending approvals". Flows live inside the Invoice aggregate, so this
 * projection follows the invoices' events; each flow row is versioned by the invoice's sequence numbers
 * ({@link AggregateRows}), and each change is emitted to subscription queries for read-your-writes.
 */
@Component
@ProcessingGroup(ApprovalFlowProjection.NAME)
class ApprovalFlowProjection {

    static final String NAME = "approval-flow-view";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("id"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApprovalFlowRowRepository rows;
    private final FlowInvoiceRowRepository invoices;
    private final AggregateRows<ApprovalFlowRow> flows;

    ApprovalFlowProjection(ApprovalFlowRowRepository rows, FlowInvoiceRowRepository invoices,
                           QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.invoices = invoices;
        this.flows = new AggregateRows<>(rows, row -> {
            ApprovalFlowView view = row.toView();
            emitter.emit(FindApprovalFlowQuery.class, query -> query.flowId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(InvoiceCreatedEvent event) {
        if (invoices.findById(event.invoiceId()).isEmpty()) {
            invoices.save(new FlowInvoiceRow(event.invoiceId(), event.organizationId(), event.createdBy()));
        }
    }

    @EventHandler
    void on(InvoiceReviewRequestedEvent event) {
        FlowInvoiceRow invoice = invoice(event.invoiceId());
        invoice.submittedBy(event.submittedBy());
        invoices.save(invoice);
    }

    @EventHandler
    void on(InvoiceApprovalFlowStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        FlowInvoiceRow invoice = invoice(event.invoiceId());
        invoice.submittedBy(event.submittedBy());
        invoices.save(invoice);
        flows.create(event.flowId(), sequence, at,
                     () -> new ApprovalFlowRow(event.flowId(), invoice, event.route(),
                                               event.nteCheck() == NteCheck.EXCEEDS_NTE, event.submittedBy(), at));
    }

    /** The invoice's creation came earlier in the same stream, which this projection handles in order. */
    private FlowInvoiceRow invoice(UUID invoiceId) {
        return invoices.findById(invoiceId)
                       .orElseThrow(() -> new IllegalStateException("Event of unknown invoice " + invoiceId));
    }

    @EventHandler
    void on(InvoiceAutoApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        flows.change(event.flowId(), sequence, at, row -> row.approved(at));
    }

    @EventHandler
    void on(ApprovalStepDecidedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        flows.change(event.flowId(), sequence, at, row -> row.decided(
                event.stepOrder(),
                new ApprovalStepDecisionView(event.decision(), event.reason(), event.decidedBy(), event.channel(),
                                             event.ownerId(), at),
                event.stepCompleted()));
    }

    @EventHandler
    void on(ApprovalStepReassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        flows.change(event.flowId(), sequence, at, row -> row.reassigned(
                event.stepOrder(), event.userIds(), event.roleName(),
                new ApprovalStepDecisionView(null, event.reason(), event.reassignedBy(), null, null, at)));
    }

    @EventHandler
    void on(InvoiceApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        flows.change(event.flowId(), sequence, at, row -> row.approved(at));
    }

    @EventHandler
    void on(InvoiceRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.flowId() != null) { // otherwise rejected in review, before any flow
            flows.change(event.flowId(), sequence, at, row -> row.endedEarly(ApprovalFlowStatus.REJECTED, at));
        }
    }

    @EventHandler
    void on(InvoiceChangesRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        flows.change(event.flowId(), sequence, at, row -> row.endedEarly(ApprovalFlowStatus.CHANGES_REQUESTED, at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch(); // steps go with them (ON DELETE CASCADE)
        invoices.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ApprovalFlowView> handle(FindApprovalFlowQuery query) {
        return rows.findByIdAndOrganizationId(query.flowId(), query.organizationId()).map(ApprovalFlowRow::toView);
    }

    @QueryHandler
    ApprovalFlowPage handle(FindApprovalFlowsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        Specification<ApprovalFlowRow> matching = (root, criteria, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), query.organizationId()));
            if (query.invoiceId() != null) {
                predicates.add(cb.equal(root.get("invoiceId"), query.invoiceId()));
            }
            if (query.status() != null) {
                predicates.add(cb.equal(root.get("status"), query.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return window.toPage(rows.findAll(matching, window), ApprovalFlowRow::toView, ApprovalFlowPage::new);
    }

    @QueryHandler
    ApprovalFlowPage handle(FindMyPendingApprovalsQuery query) throws JsonProcessingException {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), Sort.unsorted());
        return window.toPage(rows.findPendingFor(query.organizationId(), query.userId().toString(),
                                                 JSON.writeValueAsString(query.roleNames()),
                                                 query.mayExceedNte(), window),
                             ApprovalFlowRow::toView, ApprovalFlowPage::new);
    }
}
