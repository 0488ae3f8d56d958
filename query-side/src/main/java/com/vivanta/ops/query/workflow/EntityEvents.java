package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.cases.CaseAssignedEvent;
import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseDueDateChangedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.cases.CaseUnassignedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderAttachedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderReleasedEvent;
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
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workorder.WorkOrderCancelledEvent;
import com.vivanta.ops.api.workorder.WorkOrderCompletedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCostRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderDetailsRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderHeldEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalDroppedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalRequestedEvent;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.WorkOrderOwnerDecisionRecordedEvent;
import com.vivanta.ops.api.workorder.WorkOrderReopenedEvent;
import com.vivanta.ops.api.workorder.WorkOrderResumedEvent;
import com.vivanta.ops.api.workorder.WorkOrderScheduledEvent;
import com.vivanta.ops.api.workorder.WorkOrderSlaDueChangedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorDeclinedEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the timeline says about each event of a case, work order or invoice: a short summary for people,
 * and the entity's status after it when the event changes it. Every event of these aggregates becomes an
 * entry whether or not it is listed here: an event added later is entered with its name as summary until
 * it gets a better one, so the timeline stays complete by construction.
 */
final class EntityEvents {

    /** The aggregate types (Axon's names, the aggregate classes' simple names) that have runs. */
    private static final Map<String, WorkflowTargetType> TARGETS = Map.of("Case", WorkflowTargetType.CASE,
                                                                          "WorkOrder", WorkflowTargetType.WORK_ORDER,
                                                                          "Invoice", WorkflowTargetType.INVOICE);

    private static final Map<Class<?>, Function<Object, Description>> DESCRIPTIONS = new HashMap<>();

    /**
     * The summary of an event, and the entity's status after it, or null when the event leaves it as it
     * was. {@code organizationId} is set for the event that creates the entity, which opens its run.
     */
    record Description(String summary, String entityStatus, UUID organizationId) {
    }

    static {
        caseEvents();
        workOrderEvents();
        invoiceEvents();
    }

    private EntityEvents() {
    }

    /** The kind of run an aggregate type has, if any. */
    static Optional<WorkflowTargetType> targetOf(String aggregateType) {
        return Optional.ofNullable(aggregateType).map(TARGETS::get);
    }

    /** Whether events of this type have a summary of their own. */
    static boolean describes(Class<?> eventType) {
        return DESCRIPTIONS.containsKey(eventType);
    }

    static Description describe(Object payload) {
        Function<Object, Description> description = DESCRIPTIONS.get(payload.getClass());
        return description != null ? description.apply(payload)
                : new Description(Summaries.humanized(Summaries.eventType(payload)), null, null);
    }

    private static void caseEvents() {
        creating(CaseOpenedEvent.class, CaseOpenedEvent::organizationId, event -> "Case opened: " + event.title(),
                 CaseStatus.OPEN);
        changing(CaseStatusChangedEvent.class,
                 event -> Summaries.withReason("Status changed " + event.previousStatus() + " → " + event.status(),
                                               event.note()),
                 CaseStatusChangedEvent::status);
        on(CaseDetailsRevisedEvent.class, event -> "Details revised");
        on(CaseDueDateChangedEvent.class, event -> event.dueAt() != null ? "Due time set to " + event.dueAt()
                : "Due time cleared");
        on(CaseOwnerVisibleStatusChangedEvent.class, event -> event.ownerVisibleStatus() != null
                ? "Status shown to owners set to \"" + event.ownerVisibleStatus() + "\""
                : "Status shown to owners cleared");
        on(CasePriorityChangedEvent.class,
           event -> "Priority changed " + event.previousPriority() + " → " + event.priority());
        on(CaseRelocatedEvent.class, event -> event.propertyId() != null ? "Moved to another property or unit"
                : "Property removed");
        on(CaseAssignedEvent.class, event -> "Assigned to user " + event.assignedUserId());
        on(CaseUnassignedEvent.class, event -> "Unassigned");
        on(CaseWorkOrderAttachedEvent.class, event -> "Work order " + event.workOrderNumber()
                + (event.reopened() ? " reopened" : " raised"));
        on(CaseWorkOrderReleasedEvent.class, event -> "Work order " + event.workOrderNumber() + " "
                + event.outcome().name().toLowerCase());
    }

    private static void workOrderEvents() {
        creating(WorkOrderCreatedEvent.class, WorkOrderCreatedEvent::organizationId,
                 event -> "Work order " + event.workOrderNumber() + " raised: " + event.title(), WorkOrderStatus.OPEN);
        on(WorkOrderDetailsRevisedEvent.class, event -> "Details revised");
        on(WorkOrderCostRevisedEvent.class, event -> "Cost revised: estimate " + Summaries.money(event.estimate())
                + ", not to exceed " + Summaries.money(event.notToExceed()));
        on(WorkOrderSlaDueChangedEvent.class, event -> event.slaDueAt() != null
                ? "Due time set to " + event.slaDueAt() : "Due time cleared");
        changing(WorkOrderOwnerApprovalRequestedEvent.class,
                 event -> "Owner approval requested: not to exceed " + Summaries.money(event.notToExceed())
                         + " against a limit of " + Summaries.money(event.approvalLimit())
                         + (event.proceedingWithoutWaiting() ? ", urgent work goes ahead meanwhile" : ""),
                 WorkOrderOwnerApprovalRequestedEvent::status);
        changing(WorkOrderOwnerApprovalDroppedEvent.class, event -> "Owner approval no longer needed",
                 WorkOrderOwnerApprovalDroppedEvent::status);
        changing(WorkOrderOwnerDecisionRecordedEvent.class,
                 event -> Summaries.withReason("Owner " + (event.decision() == OwnerDecision.APPROVE ? "approved"
                         : "declined") + " by " + event.channel(), event.reason()),
                 WorkOrderOwnerDecisionRecordedEvent::status);
        changing(WorkOrderVendorAssignedEvent.class, event -> "Vendor " + event.vendorId() + " assigned"
                + (event.complianceOverride() != null ? ", compliance check overridden" : ""),
                 event -> WorkOrderStatus.ASSIGNED);
        changing(WorkOrderVendorAcceptedEvent.class, event -> "Vendor accepted", event -> WorkOrderStatus.ACCEPTED);
        changing(WorkOrderVendorDeclinedEvent.class, event -> Summaries.withReason("Vendor declined", event.reason()),
                 event -> WorkOrderStatus.OPEN);
        changing(WorkOrderScheduledEvent.class, event -> event.previousScheduledFor() == null
                ? "Scheduled for " + event.scheduledFor()
                : "Visit moved from " + event.previousScheduledFor() + " to " + event.scheduledFor(),
                 event -> WorkOrderStatus.SCHEDULED);
        changing(WorkOrderStartedEvent.class, event -> "Work started", event -> WorkOrderStatus.IN_PROGRESS);
        changing(WorkOrderHeldEvent.class, event -> Summaries.withReason("Put on hold", event.reason()),
                 event -> WorkOrderStatus.ON_HOLD);
        changing(WorkOrderResumedEvent.class, event -> "Resumed (" + event.status() + ")",
                 WorkOrderResumedEvent::status);
        changing(WorkOrderCompletedEvent.class, event -> "Work completed"
                + (event.actualCost() != null ? ", actual cost " + Summaries.money(event.actualCost()) : ""),
                 event -> WorkOrderStatus.COMPLETED);
        changing(WorkOrderCancelledEvent.class,
                 event -> Summaries.withReason("Cancelled (was " + event.cancelledFrom() + ")", event.reason()),
                 event -> WorkOrderStatus.CANCELLED);
        changing(WorkOrderReopenedEvent.class,
                 event -> Summaries.withReason("Reopened (" + event.reopenCount() + ")", event.reason()),
                 event -> WorkOrderStatus.ASSIGNED);
    }

    private static void invoiceEvents() {
        creating(InvoiceCreatedEvent.class, InvoiceCreatedEvent::organizationId,
                 event -> event.invoiceNumber() != null ? "Invoice " + event.invoiceNumber() + " entered"
                         : "Invoice entered", InvoiceStatus.DRAFT);
        on(InvoiceDetailsRevisedEvent.class, event -> "Details revised");
        on(InvoiceLineAddedEvent.class, event -> "Line " + event.line().lineNumber() + " added" + total(event.totals()));
        on(InvoiceLineChangedEvent.class,
           event -> "Line " + event.line().lineNumber() + " changed" + total(event.totals()));
        on(InvoiceLineRemovedEvent.class, event -> "Line " + event.lineNumber() + " removed" + total(event.totals()));
        on(InvoiceDuplicateSuspectedEvent.class,
           event -> "Suspected duplicate of " + event.similarInvoiceIds().size() + " invoice(s)");
        on(InvoiceDuplicateSuspicionClearedEvent.class,
           event -> Summaries.withReason("Duplicate suspicion cleared", event.reason()));
        changing(InvoiceReviewRequestedEvent.class, event -> "Submitted for review",
                 event -> InvoiceStatus.PENDING_REVIEW);
        changing(InvoiceApprovalFlowStartedEvent.class,
                 event -> "Submitted for approval: rule \"" + event.route().ruleName() + "\", "
                         + event.route().steps().size() + " step(s)",
                 event -> InvoiceStatus.PENDING_APPROVAL);
        on(ApprovalStepDecidedEvent.class, event -> Summaries.withReason(
                "Step " + event.stepOrder() + " " + decided(event.decision())
                        + (event.channel() != null ? " by the owner (" + event.channel() + ")" : ""),
                event.reason()));
        on(ApprovalStepReassignedEvent.class,
           event -> Summaries.withReason("Step " + event.stepOrder() + " reassigned", event.reason()));
        changing(InvoiceAutoApprovedEvent.class, event -> "Approved by policy: rule \"" + event.ruleName()
                + "\", version " + event.policyVersion(), event -> InvoiceStatus.APPROVED);
        changing(InvoiceApprovedEvent.class, event -> "Approved", event -> InvoiceStatus.APPROVED);
        changing(InvoiceRejectedEvent.class, event -> Summaries.withReason("Rejected", event.reason()),
                 event -> InvoiceStatus.REJECTED);
        changing(InvoiceChangesRequestedEvent.class, event -> Summaries.withReason("Changes requested", event.reason()),
                 event -> InvoiceStatus.CHANGES_REQUESTED);
        changing(InvoiceExportedEvent.class, event -> "Exported to accounting", event -> InvoiceStatus.EXPORTED);
    }

    private static String decided(ApprovalDecision decision) {
        return switch (decision) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case REQUEST_CHANGES -> "sent back for changes";
        };
    }

    private static String total(InvoiceTotals totals) {
        return totals != null && totals.total() != null ? ", total " + Summaries.money(totals.total()) : "";
    }

    private static <E> void on(Class<E> type, Function<E, String> summary) {
        DESCRIPTIONS.put(type, payload -> new Description(summary.apply(type.cast(payload)), null, null));
    }

    private static <E> void creating(Class<E> type, Function<E, UUID> organizationId, Function<E, String> summary,
                                     Enum<?> status) {
        DESCRIPTIONS.put(type, payload -> {
            E event = type.cast(payload);
            return new Description(summary.apply(event), status.name(), organizationId.apply(event));
        });
    }

    private static <E> void changing(Class<E> type, Function<E, String> summary, Function<E, Enum<?>> status) {
        DESCRIPTIONS.put(type, payload -> {
            E event = type.cast(payload);
            return new Description(summary.apply(event), status.apply(event).name(), null);
        });
    }
}
