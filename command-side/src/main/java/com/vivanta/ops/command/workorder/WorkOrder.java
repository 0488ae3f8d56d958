package com.vivanta.ops.command.workorder;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.vendors.VendorCompliance;
import com.vivanta.ops.api.workorder.AssignWorkOrderVendorCommand;
import com.vivanta.ops.api.workorder.CancelWorkOrderCommand;
import com.vivanta.ops.api.workorder.CompleteWorkOrderCommand;
import com.vivanta.ops.api.workorder.ComplianceOverride;
import com.vivanta.ops.api.workorder.CreateWorkOrderCommand;
import com.vivanta.ops.api.workorder.HoldWorkOrderCommand;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.RecordOwnerDecisionCommand;
import com.vivanta.ops.api.workorder.RecordVendorAcceptanceCommand;
import com.vivanta.ops.api.workorder.RecordVendorDeclineCommand;
import com.vivanta.ops.api.workorder.ReopenWorkOrderCommand;
import com.vivanta.ops.api.workorder.ResumeWorkOrderCommand;
import com.vivanta.ops.api.workorder.ReviseWorkOrderCommand;
import com.vivanta.ops.api.workorder.ScheduleWorkOrderCommand;
import com.vivanta.ops.api.workorder.StartWorkOrderCommand;
import com.vivanta.ops.api.workorder.WorkOrderCancelledEvent;
import com.vivanta.ops.api.workorder.WorkOrderCompletedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCostRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderDetailsRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderHeldEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalDroppedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalRequestedEvent;
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
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.OwnerAnswers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Work a vendor does for a case, from dispatch to completion: a guarded lifecycle ({@link WorkOrderStep}),
 * a vendor compliance gate, a cost ceiling (not-to-exceed) and the owner's consent when that ceiling is
 * above what the owner lets the manager spend alone.
 */
@Aggregate
class WorkOrder extends OrganizationOwnedAggregate {

    static final String WORK_ORDER_CLOSED = "WORK_ORDER_CLOSED";
    static final String VENDOR_NOT_COMPLIANT = "VENDOR_NOT_COMPLIANT";
    static final String OWNER_DECLINED = "OWNER_DECLINED";
    static final String NO_APPROVAL_PENDING = "NO_APPROVAL_PENDING";

    @AggregateIdentifier
    private UUID workOrderId;
    private UUID caseId;
    private String workOrderNumber;
    private WorkOrderStatus status;
    private CasePriority priority;
    private String title;
    private String description;
    private String trade;
    private Instant slaDueAt;
    private Money estimate;
    private Money notToExceed;
    private OwnerApproval ownerApproval;
    private UUID vendorId;
    private Instant scheduledFor;
    private WorkOrderStatus heldFrom;
    private int reopenCount;

    WorkOrder() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    WorkOrder(CreateWorkOrderCommand command, MetaData metaData, WorkOrderNumbers numbers) {
        requireSensibleCost(command.estimate(), command.notToExceed());
        UUID organizationId = CommandMetadata.organizationId(metaData);
        CasePriority priority = command.priority() == null ? CasePriority.NORMAL : command.priority();
        Instant due = command.slaDueAt() != null || command.slaTarget() == null
                ? command.slaDueAt() : now().plus(command.slaTarget());
        apply(new WorkOrderCreatedEvent(command.workOrderId(),
                                        organizationId,
                                        command.caseId(),
                                        numbers.assign(organizationId, command.workOrderId(),
                                                       command.requestedNumber()),
                                        command.title(),
                                        command.description(),
                                        command.trade(),
                                        priority,
                                        command.propertyId(),
                                        command.unitId(),
                                        due,
                                        command.estimate(),
                                        command.notToExceed(),
                                        CommandMetadata.actor(metaData)));
        // Events applied in a constructor reach the state only once it returns: decide from the command.
        if (OwnerApproval.NOT_ASKED.isNeededFor(command.notToExceed(), command.ownerApprovalLimit())) {
            apply(ownersAsked(command.workOrderId(), command.notToExceed(), command.ownerApprovalLimit(),
                              priority, WorkOrderStatus.OPEN, WorkOrderStatus.OPEN));
        }
    }

    @CommandHandler
    void handle(ReviseWorkOrderCommand command) {
        if (status.isTerminal()) {
            throw closed();
        }
        String newTitle = command.title() == null ? title : command.title();
        String newDescription = choose(command.description(), description);
        String newTrade = choose(command.trade(), trade);
        if (!Objects.equals(newTitle, title) || !Objects.equals(newDescription, description)
                || !Objects.equals(newTrade, trade)) {
            apply(new WorkOrderDetailsRevisedEvent(workOrderId, newTitle, newDescription, newTrade));
        }
        Instant newDue = choose(command.slaDueAt(), slaDueAt);
        if (!Objects.equals(newDue, slaDueAt)) {
            apply(new WorkOrderSlaDueChangedEvent(workOrderId, newDue));
        }
        Money newEstimate = choose(command.estimate(), estimate);
        Money newCeiling = choose(command.notToExceed(), notToExceed);
        requireSensibleCost(newEstimate, newCeiling);
        boolean ceilingChanged = !Objects.equals(newCeiling, notToExceed);
        if (ceilingChanged || !Objects.equals(newEstimate, estimate)) {
            apply(new WorkOrderCostRevisedEvent(workOrderId, newEstimate, newCeiling));
        }
        if (ceilingChanged) {
            reconsiderOwnerApproval(command.ownerApprovalLimit());
        }
    }

    @CommandHandler
    void handle(AssignWorkOrderVendorCommand command) {
        require(WorkOrderStep.ASSIGN_VENDOR);
        if (status == WorkOrderStatus.ASSIGNED && command.vendorId().equals(vendorId)) {
            return; // Already so: nothing happened, nothing to record.
        }
        VendorCompliance compliance = command.compliance();
        if (!compliance.vendorId().equals(command.vendorId())) {
            throw new IllegalArgumentException("The compliance check is of another vendor");
        }
        ComplianceOverride override = null;
        if (!compliance.dispatchable()) {
            if (command.overrideReason() == null) {
                throw new RuleViolationException(VENDOR_NOT_COMPLIANT,
                                                 "The vendor may not be dispatched on " + compliance.checkedOn()
                                                         + ": " + compliance.reasons(),
                                                 Map.of("vendorId", command.vendorId().toString(),
                                                        "reasons", compliance.reasons().stream()
                                                                             .map(Enum::name).toList()));
            }
            override = new ComplianceOverride(compliance.reasons(), command.overrideReason());
        }
        apply(new WorkOrderVendorAssignedEvent(workOrderId, command.vendorId(),
                                               status == WorkOrderStatus.ASSIGNED ? vendorId : null, override));
    }

    @CommandHandler
    void handle(RecordVendorAcceptanceCommand command) {
        require(WorkOrderStep.RECORD_ACCEPTANCE);
        apply(new WorkOrderVendorAcceptedEvent(workOrderId, vendorId));
    }

    @CommandHandler
    void handle(RecordVendorDeclineCommand command) {
        require(WorkOrderStep.RECORD_DECLINE);
        apply(new WorkOrderVendorDeclinedEvent(workOrderId, vendorId, requireReason(command.reason())));
    }

    @CommandHandler
    void handle(ScheduleWorkOrderCommand command) {
        require(WorkOrderStep.SCHEDULE);
        if (status == WorkOrderStatus.SCHEDULED && command.scheduledFor().equals(scheduledFor)) {
            return; // Already booked for then.
        }
        apply(new WorkOrderScheduledEvent(workOrderId, command.scheduledFor(),
                                          status == WorkOrderStatus.SCHEDULED ? scheduledFor : null));
    }

    @CommandHandler
    void handle(StartWorkOrderCommand command) {
        require(WorkOrderStep.START);
        apply(new WorkOrderStartedEvent(workOrderId));
    }

    @CommandHandler
    void handle(CompleteWorkOrderCommand command) {
        require(WorkOrderStep.COMPLETE);
        requireNotNegative(command.actualCost(), "actualCost");
        apply(new WorkOrderCompletedEvent(workOrderId, caseId, command.note(), command.actualCost()));
    }

    @CommandHandler
    void handle(HoldWorkOrderCommand command) {
        require(WorkOrderStep.HOLD);
        apply(new WorkOrderHeldEvent(workOrderId, requireReason(command.reason()), status));
    }

    @CommandHandler
    void handle(ResumeWorkOrderCommand command) {
        require(WorkOrderStep.RESUME);
        apply(new WorkOrderResumedEvent(workOrderId, heldFrom));
    }

    @CommandHandler
    void handle(CancelWorkOrderCommand command) {
        require(WorkOrderStep.CANCEL);
        apply(new WorkOrderCancelledEvent(workOrderId, caseId, requireReason(command.reason()), status));
    }

    @CommandHandler
    void handle(ReopenWorkOrderCommand command) {
        require(WorkOrderStep.REOPEN);
        apply(new WorkOrderReopenedEvent(workOrderId, caseId, vendorId, requireReason(command.reason()),
                                         reopenCount + 1));
    }

    @CommandHandler
    void handle(RecordOwnerDecisionCommand command, MetaData metaData) {
        // Completed emergency work still takes the owner's answer; cancelled work has no question left.
        if (status == WorkOrderStatus.CANCELLED) {
            throw closed();
        }
        if (!ownerApproval.isPending()) {
            throw new RuleViolationException(NO_APPROVAL_PENDING, "Work order " + workOrderNumber
                    + " is not waiting for an owner's decision", Map.of("ownerApproval", ownerApproval.status().name()));
        }
        OwnerAnswers.requireFits(command.channel(), command.ownerId(), metaData);
        if (!ownerApproval.askedOwners().contains(command.ownerId())) {
            throw new InvalidReferenceException("ownerId", command.ownerId(),
                                                "not one of the owners asked to approve this work order");
        }
        boolean approved = command.decision() == OwnerDecision.APPROVE;
        String reason = approved ? command.reason() : requireReason(command.reason());
        WorkOrderStatus next = ownerApproval.proceedingWithoutWaiting() ? status : ownerApproval.resumeTo();
        apply(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, command.decision(), reason, command.channel(),
                                                      command.ownerId(), CommandMetadata.actor(metaData),
                                                      approved ? notToExceed : null, next));
    }

    /**
     * Asks the owners when the ceiling now needs their consent, and withdraws a question (or a refusal)
     * the new ceiling makes moot. Emergency work is not held back: the owners are asked all the same.
     */
    private void reconsiderOwnerApproval(OwnerApprovalLimit limit) {
        if (ownerApproval.isNeededFor(notToExceed, limit)) {
            WorkOrderStatus resumeTo = ownerApproval.isPending() ? ownerApproval.resumeTo() : status;
            apply(ownersAsked(workOrderId, notToExceed, limit, priority, status, resumeTo));
        } else if (ownerApproval.isPending() || ownerApproval.holdsWorkBack()) {
            boolean waiting = status == WorkOrderStatus.AWAITING_OWNER_APPROVAL;
            apply(new WorkOrderOwnerApprovalDroppedEvent(workOrderId, notToExceed,
                                                         waiting ? ownerApproval.resumeTo() : status));
        }
    }

    private static WorkOrderOwnerApprovalRequestedEvent ownersAsked(UUID workOrderId, Money ceiling,
                                                                    OwnerApprovalLimit limit, CasePriority priority,
                                                                    WorkOrderStatus status,
                                                                    WorkOrderStatus resumeTo) {
        boolean emergency = priority == CasePriority.URGENT;
        return new WorkOrderOwnerApprovalRequestedEvent(workOrderId, ceiling, limit.limit(), limit.ownerIds(),
                                                        emergency,
                                                        emergency ? status : WorkOrderStatus.AWAITING_OWNER_APPROVAL,
                                                        resumeTo);
    }

    private void require(WorkOrderStep step) {
        step.requireAllowedFrom(status);
        if (step.advancesWork() && ownerApproval.holdsWorkBack()) {
            throw new RuleViolationException(OWNER_DECLINED, "The owner declined the cost of work order "
                    + workOrderNumber + "; lower the not-to-exceed to ask again, or cancel it",
                                             Map.of("ownerApproval", OwnerApprovalStatus.DECLINED.name()));
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", reason, "a reason is required for this step");
        }
        return reason;
    }

    private static void requireSensibleCost(Money estimate, Money notToExceed) {
        requireNotNegative(estimate, "estimate");
        requireNotNegative(notToExceed, "notToExceed");
        if (estimate != null && notToExceed != null) {
            if (!estimate.currency().equals(notToExceed.currency())) {
                throw new InvalidValueException("estimate", estimate.currency(),
                                                "must be in the currency of the not-to-exceed ("
                                                        + notToExceed.currency() + ")");
            }
            if (estimate.amount().compareTo(notToExceed.amount()) > 0) {
                throw new InvalidValueException("estimate", estimate.amount(),
                                                "is above the not-to-exceed of " + notToExceed.amount());
            }
        }
    }

    private static void requireNotNegative(Money amount, String field) {
        if (amount != null && amount.amount().compareTo(BigDecimal.ZERO) < 0) {
            throw new InvalidValueException(field, amount.amount(), "must not be negative");
        }
    }

    /** Axon's clock, which stamps the events too (and which test fixtures control). */
    private RuleViolationException closed() {
        return new RuleViolationException(WORK_ORDER_CLOSED, "Work order " + workOrderNumber + " is " + status
                + " and can no longer be changed", Map.of("status", status.name()));
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(WorkOrderCreatedEvent event) {
        workOrderId = event.workOrderId();
        organizationId = event.organizationId();
        caseId = event.caseId();
        workOrderNumber = event.workOrderNumber();
        status = WorkOrderStatus.OPEN;
        priority = event.priority();
        title = event.title();
        description = event.description();
        trade = event.trade();
        slaDueAt = event.slaDueAt();
        estimate = event.estimate();
        notToExceed = event.notToExceed();
        ownerApproval = OwnerApproval.NOT_ASKED;
    }

    @EventSourcingHandler
    void on(WorkOrderDetailsRevisedEvent event) {
        title = event.title();
        description = event.description();
        trade = event.trade();
    }

    @EventSourcingHandler
    void on(WorkOrderSlaDueChangedEvent event) {
        slaDueAt = event.slaDueAt();
    }

    @EventSourcingHandler
    void on(WorkOrderCostRevisedEvent event) {
        estimate = event.estimate();
        notToExceed = event.notToExceed();
    }

    @EventSourcingHandler
    void on(WorkOrderOwnerApprovalRequestedEvent event) {
        ownerApproval = ownerApproval.requested(event);
        status = event.status();
    }

    @EventSourcingHandler
    void on(WorkOrderOwnerApprovalDroppedEvent event) {
        ownerApproval = ownerApproval.dropped();
        status = event.status();
    }

    @EventSourcingHandler
    void on(WorkOrderOwnerDecisionRecordedEvent event) {
        ownerApproval = ownerApproval.decided(event);
        status = event.status();
    }

    @EventSourcingHandler
    void on(WorkOrderVendorAssignedEvent event) {
        vendorId = event.vendorId();
        status = WorkOrderStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(WorkOrderVendorAcceptedEvent event) {
        status = WorkOrderStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(WorkOrderVendorDeclinedEvent event) {
        vendorId = null;
        status = WorkOrderStatus.OPEN;
    }

    @EventSourcingHandler
    void on(WorkOrderScheduledEvent event) {
        scheduledFor = event.scheduledFor();
        status = WorkOrderStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(WorkOrderStartedEvent event) {
        status = WorkOrderStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(WorkOrderHeldEvent event) {
        heldFrom = event.heldFrom();
        status = WorkOrderStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(WorkOrderResumedEvent event) {
        heldFrom = null;
        status = event.status();
    }

    @EventSourcingHandler
    void on(WorkOrderCompletedEvent event) {
        status = WorkOrderStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(WorkOrderCancelledEvent event) {
        status = WorkOrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(WorkOrderReopenedEvent event) {
        reopenCount = event.reopenCount();
        status = WorkOrderStatus.ASSIGNED;
    }

    @Override
    protected String entityType() {
        return "WorkOrder";
    }

    @Override
    protected UUID id() {
        return workOrderId;
    }
}
