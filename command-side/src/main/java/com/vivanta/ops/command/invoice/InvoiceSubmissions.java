package com.vivanta.ops.command.invoice;

import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.FindApprovalRouteQuery;
import com.vivanta.ops.api.approval.FindNteToleranceQuery;
import com.vivanta.ops.api.approval.InvoiceFacts;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.FindSimilarInvoicesQuery;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.invoice.SubmitInvoiceForApprovalCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForReviewCommand;
import com.vivanta.ops.api.invoice.WorkOrderMatch;
import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.command.common.OwnerApprovalLimits;
import com.vivanta.ops.platform.messaging.Futures;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Gathers what the Invoice aggregate needs to judge a submission but cannot know itself: the linked work
 * order's state and not-to-exceed, similar invoices of the vendor, and the route the organization's policy
 * gives the invoice as it is now.
 */
@Component
class InvoiceSubmissions {

    private final QueryGateway queryGateway;
    private final OwnerApprovalLimits approvalLimits;

    InvoiceSubmissions(QueryGateway queryGateway, OwnerApprovalLimits approvalLimits) {
        this.queryGateway = queryGateway;
        this.approvalLimits = approvalLimits;
    }

    SubmitInvoiceForReviewCommand forReview(UUID organizationId, UUID invoiceId, String note) {
        InvoiceView invoice = current(organizationId, invoiceId);
        return new SubmitInvoiceForReviewCommand(invoiceId, note, workOrderMatch(invoice), similarTo(invoice));
    }

    /** The submission along the policy's route, as {@code adjust} changes it (the identity for none). */
    SubmitInvoiceForApprovalCommand forApproval(UUID organizationId, UUID invoiceId,
                                                UnaryOperator<ApprovalRoute> adjust) {
        InvoiceView invoice = current(organizationId, invoiceId);
        Optional<WorkOrderView> workOrder = linkedWorkOrder(invoice);
        InvoiceFacts facts = new InvoiceFacts(totalOf(invoice), invoice.propertyId(), invoice.vendorId(),
                                              invoice.expenseCategory(),
                                              approvalLimits.forProperty(organizationId, invoice.propertyId()),
                                              workOrder.map(InvoiceSubmissions::ownerApprovedCeiling).orElse(null));
        ApprovalRoute route = Futures.join(queryGateway.query(new FindApprovalRouteQuery(organizationId, facts),
                                                              ResponseTypes.instanceOf(ApprovalRoute.class)));
        return new SubmitInvoiceForApprovalCommand(invoiceId, UUID.randomUUID(), adjust.apply(route), totalOf(invoice),
                                                   invoice.expenseCategory(), workOrderMatch(invoice),
                                                   similarTo(invoice));
    }

    private WorkOrderMatch workOrderMatch(InvoiceView invoice) {
        return linkedWorkOrder(invoice).map(workOrder -> new WorkOrderMatch(
                workOrder.status(), workOrder.notToExceed(),
                Futures.join(queryGateway.query(new FindNteToleranceQuery(invoice.organizationId()),
                                                ResponseTypes.instanceOf(Integer.class))))).orElse(null);
    }

    private Optional<WorkOrderView> linkedWorkOrder(InvoiceView invoice) {
        return invoice.workOrderId() == null ? Optional.empty()
                : find(new FindWorkOrderQuery(invoice.organizationId(), invoice.workOrderId()), WorkOrderView.class);
    }

    /** An invoice without lines has a zero total; the aggregate refuses to submit it anyway. */
    private static Money totalOf(InvoiceView invoice) {
        return invoice.total() != null ? invoice.total()
                : InvoiceTotals.of(invoice.currency(), List.of()).total();
    }

    /** What the owners agreed to spend on the work; an invoice within it needs no owner step. */
    private static Money ownerApprovedCeiling(WorkOrderView workOrder) {
        return workOrder.ownerApproval() != null && workOrder.ownerApproval().status() == OwnerApprovalStatus.APPROVED
                ? workOrder.ownerApproval().approvedAmount() : null;
    }

    private List<UUID> similarTo(InvoiceView invoice) {
        return Futures.join(queryGateway.query(new FindSimilarInvoicesQuery(invoice.organizationId(), invoice.id(),
                                                                            invoice.vendorId(), invoice.total(),
                                                                            invoice.invoiceDate()),
                                               ResponseTypes.multipleInstancesOf(UUID.class)));
    }

    private InvoiceView current(UUID organizationId, UUID invoiceId) {
        return find(new FindInvoiceQuery(organizationId, invoiceId), InvoiceView.class)
                .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
    }

    private <V> Optional<V> find(Object query, Class<V> viewType) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(viewType)));
    }
}
