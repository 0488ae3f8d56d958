package com.vivanta.ops.command.cases;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.cases.AssignCaseCommand;
import com.vivanta.ops.api.cases.AttachWorkOrderCommand;
import com.vivanta.ops.api.cases.CaseAssignedEvent;
import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseDueDateChangedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.cases.CaseUnassignedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderAttachedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderReleasedEvent;
import com.vivanta.ops.api.cases.ChangeCaseStatusCommand;
import com.vivanta.ops.api.cases.OpenCaseCommand;
import com.vivanta.ops.api.cases.ReleaseWorkOrderCommand;
import com.vivanta.ops.api.cases.ReviseCaseCommand;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A maintenance case: something at a property that needs handling, from first report to closure. */
@Aggregate
class Case extends OrganizationOwnedAggregate {

    static final String CASE_CLOSED = "CASE_CLOSED";
    static final String WORK_ORDERS_OPEN = "WORK_ORDERS_OPEN";

    @AggregateIdentifier
    private UUID caseId;
    private CaseStatus status;
    private String caseType;
    private String title;
    private String description;
    private CasePriority priority;
    private UUID propertyId;
    private UUID unitId;
    private Instant dueAt;
    private UUID assignedUserId;
    private String ownerVisibleStatus;
    /** Numbers of every work order raised on the case, by id. */
    private final Map<UUID, String> workOrderNumbers = new HashMap<>();
    /** The work orders that are neither completed nor cancelled: the case cannot end while there are any. */
    private final Set<UUID> openWorkOrders = new HashSet<>();

    Case() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Case(OpenCaseCommand command, MetaData metaData) {
        requireUnitWithProperty(command.propertyId(), command.unitId());
        apply(new CaseOpenedEvent(command.caseId(),
                                  CommandMetadata.organizationId(metaData),
                                  command.caseType(),
                                  command.title(),
                                  command.description(),
                                  command.priority() == null ? CasePriority.NORMAL : command.priority(),
                                  command.propertyId(),
                                  command.unitId(),
                                  command.dueAt(),
                                  command.assignedUserId(),
                                  command.ownerVisibleStatus(),
                                  CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(ReviseCaseCommand command) {
        requireNotClosed();
        String newCaseType = command.caseType() == null ? caseType : command.caseType();
        String newTitle = command.title() == null ? title : command.title();
        String newDescription = choose(command.description(), description);
        if (!Objects.equals(newCaseType, caseType) || !Objects.equals(newTitle, title)
                || !Objects.equals(newDescription, description)) {
            apply(new CaseDetailsRevisedEvent(caseId, newCaseType, newTitle, newDescription));
        }
        if (command.priority() != null && command.priority() != priority) {
            apply(new CasePriorityChangedEvent(caseId, priority, command.priority()));
        }
        relocate(command.propertyId(), command.unitId());
        Instant newDueAt = choose(command.dueAt(), dueAt);
        if (!Objects.equals(newDueAt, dueAt)) {
            apply(new CaseDueDateChangedEvent(caseId, newDueAt));
        }
        showOwners(choose(command.ownerVisibleStatus(), ownerVisibleStatus));
    }

    @CommandHandler
    void handle(AssignCaseCommand command) {
        requireNotClosed();
        UUID assignee = command.assignedUserId();
        if (Objects.equals(assignee, assignedUserId)) {
            return; // Already so: nothing happened, nothing to record.
        }
        if (assignee == null) {
            apply(new CaseUnassignedEvent(caseId, assignedUserId));
        } else {
            apply(new CaseAssignedEvent(caseId, assignee, assignedUserId));
        }
    }

    @CommandHandler
    void handle(ChangeCaseStatusCommand command) {
        if (!CaseLifecycle.allows(status, command.status())) {
            throw new InvalidTransitionException("Case", status, command.status(), CaseLifecycle.next(status));
        }
        if (command.status().isTerminal() && !openWorkOrders.isEmpty()) {
            List<String> numbers = openWorkOrders.stream().map(workOrderNumbers::get).sorted().toList();
            throw new RuleViolationException(WORK_ORDERS_OPEN, "The case still has open work orders " + numbers
                    + "; complete or cancel them first", Map.of("workOrderNumbers", numbers));
        }
        apply(new CaseStatusChangedEvent(caseId, status, command.status(), command.note()));
        if (command.ownerVisibleStatus() != null) {
            showOwners(command.ownerVisibleStatus());
        }
    }

    /**
     * One of the case's work orders is open, new or reopened. Sent in the work order's own transaction
     * (see {@code CaseWorkOrderTracker}), so a refusal here refuses the work order's change too.
     */
    @CommandHandler
    void handle(AttachWorkOrderCommand command) {
        requireNotClosed();
        if (!openWorkOrders.contains(command.workOrderId())) {
            String number = command.workOrderNumber() != null ? command.workOrderNumber()
                    : workOrderNumbers.get(command.workOrderId());
            apply(new CaseWorkOrderAttachedEvent(caseId, command.workOrderId(), number, command.reopened()));
        }
    }

    @CommandHandler
    void handle(ReleaseWorkOrderCommand command) {
        if (openWorkOrders.contains(command.workOrderId())) {
            apply(new CaseWorkOrderReleasedEvent(caseId, command.workOrderId(),
                                                 workOrderNumbers.get(command.workOrderId()), command.outcome()));
        }
    }

    private void relocate(Optional<UUID> requestedProperty, Optional<UUID> requestedUnit) {
        UUID newProperty = choose(requestedProperty, propertyId);
        // A unit belongs to its property: moving the case to another property drops the old unit.
        UUID keptUnit = Objects.equals(newProperty, propertyId) ? unitId : null;
        UUID newUnit = choose(requestedUnit, keptUnit);
        requireUnitWithProperty(newProperty, newUnit);
        if (!Objects.equals(newProperty, propertyId) || !Objects.equals(newUnit, unitId)) {
            apply(new CaseRelocatedEvent(caseId, newProperty, newUnit));
        }
    }

    private void showOwners(String newOwnerVisibleStatus) {
        if (!Objects.equals(newOwnerVisibleStatus, ownerVisibleStatus)) {
            apply(new CaseOwnerVisibleStatusChangedEvent(caseId, newOwnerVisibleStatus));
        }
    }

    private void requireNotClosed() {
        if (status.isTerminal()) {
            throw new RuleViolationException(CASE_CLOSED, "Case is " + status + " and can no longer be changed",
                                             Map.of("status", status.name()));
        }
    }

    private static void requireUnitWithProperty(UUID property, UUID unit) {
        if (unit != null && property == null) {
            throw new InvalidReferenceException("unitId", unit, "a unit can only be given together with its property");
        }
    }


    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        organizationId = event.organizationId();
        status = CaseStatus.OPEN;
        caseType = event.caseType();
        title = event.title();
        description = event.description();
        priority = event.priority();
        propertyId = event.propertyId();
        unitId = event.unitId();
        dueAt = event.dueAt();
        assignedUserId = event.assignedUserId();
        ownerVisibleStatus = event.ownerVisibleStatus();
    }

    @EventSourcingHandler
    void on(CaseDetailsRevisedEvent event) {
        caseType = event.caseType();
        title = event.title();
        description = event.description();
    }

    @EventSourcingHandler
    void on(CasePriorityChangedEvent event) {
        priority = event.priority();
    }

    @EventSourcingHandler
    void on(CaseRelocatedEvent event) {
        propertyId = event.propertyId();
        unitId = event.unitId();
    }

    @EventSourcingHandler
    void on(CaseDueDateChangedEvent event) {
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(CaseOwnerVisibleStatusChangedEvent event) {
        ownerVisibleStatus = event.ownerVisibleStatus();
    }

    @EventSourcingHandler
    void on(CaseAssignedEvent event) {
        assignedUserId = event.assignedUserId();
    }

    @EventSourcingHandler
    void on(CaseUnassignedEvent event) {
        assignedUserId = null;
    }

    @EventSourcingHandler
    void on(CaseStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CaseWorkOrderAttachedEvent event) {
        workOrderNumbers.put(event.workOrderId(), event.workOrderNumber());
        openWorkOrders.add(event.workOrderId());
    }

    @EventSourcingHandler
    void on(CaseWorkOrderReleasedEvent event) {
        openWorkOrders.remove(event.workOrderId());
    }

    @Override
    protected String entityType() {
        return "Case";
    }

    @Override
    protected UUID id() {
        return caseId;
    }
}
