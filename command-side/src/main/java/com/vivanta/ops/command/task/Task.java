package com.vivanta.ops.command.task;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.task.AssignTaskCommand;
import com.vivanta.ops.api.task.ChangeTaskStatusCommand;
import com.vivanta.ops.api.task.CreateTaskCommand;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.ReviseTaskCommand;
import com.vivanta.ops.api.task.TaskAssignedEvent;
import com.vivanta.ops.api.task.TaskCreatedEvent;
import com.vivanta.ops.api.task.TaskDetailsRevisedEvent;
import com.vivanta.ops.api.task.TaskDueDateChangedEvent;
import com.vivanta.ops.api.task.TaskPriorityChangedEvent;
import com.vivanta.ops.api.task.TaskRelatedEntityChangedEvent;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.api.task.TaskStatusChangedEvent;
import com.vivanta.ops.api.task.TaskUnassignedEvent;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A piece of work for one person: a call to make, a document or invoice to review, a follow-up on a case.
 * Who may assign, and whether the assignee and the related entity exist, is checked before the command
 * is sent (see {@code TaskCommandController}); the task guards its lifecycle.
 */
@Aggregate
class Task extends OrganizationOwnedAggregate {

    static final String TASK_CLOSED = "TASK_CLOSED";

    @AggregateIdentifier
    private UUID taskId;
    private TaskStatus status;
    private String taskType;
    private String title;
    private String description;
    private CasePriority priority;
    private UUID assignedUserId;
    private RelatedEntity relatedEntity;
    private Instant dueAt;

    Task() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Task(CreateTaskCommand command, MetaData metaData) {
        apply(new TaskCreatedEvent(command.taskId(),
                                   CommandMetadata.organizationId(metaData),
                                   command.taskType(),
                                   command.title(),
                                   command.description(),
                                   command.priority() == null ? CasePriority.NORMAL : command.priority(),
                                   command.assignedUserId(),
                                   command.relatedEntity(),
                                   command.dueAt(),
                                   CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(ReviseTaskCommand command) {
        requireOpen();
        String newTaskType = command.taskType() == null ? taskType : command.taskType();
        String newTitle = command.title() == null ? title : command.title();
        String newDescription = choose(command.description(), description);
        if (!Objects.equals(newTaskType, taskType) || !Objects.equals(newTitle, title)
                || !Objects.equals(newDescription, description)) {
            apply(new TaskDetailsRevisedEvent(taskId, organizationId, newTaskType, newTitle, newDescription));
        }
        if (command.priority() != null && command.priority() != priority) {
            apply(new TaskPriorityChangedEvent(taskId, organizationId, priority, command.priority()));
        }
        RelatedEntity newRelatedEntity = choose(command.relatedEntity(), relatedEntity);
        if (!Objects.equals(newRelatedEntity, relatedEntity)) {
            apply(new TaskRelatedEntityChangedEvent(taskId, organizationId, newRelatedEntity));
        }
        Instant newDueAt = choose(command.dueAt(), dueAt);
        if (!Objects.equals(newDueAt, dueAt)) {
            apply(new TaskDueDateChangedEvent(taskId, organizationId, newDueAt));
        }
    }

    @CommandHandler
    void handle(AssignTaskCommand command) {
        requireOpen();
        UUID assignee = command.assignedUserId();
        if (Objects.equals(assignee, assignedUserId)) {
            return; // Already so: nothing happened, nothing to record.
        }
        if (assignee == null) {
            apply(new TaskUnassignedEvent(taskId, organizationId, assignedUserId));
        } else {
            apply(new TaskAssignedEvent(taskId, organizationId, assignee, assignedUserId));
        }
    }

    @CommandHandler
    void handle(ChangeTaskStatusCommand command) {
        if (!TaskLifecycle.allows(status, command.status())) {
            throw new InvalidTransitionException("Task", status, command.status(), TaskLifecycle.next(status));
        }
        apply(new TaskStatusChangedEvent(taskId, organizationId, status, command.status(), command.note()));
    }

    private void requireOpen() {
        if (status.isTerminal()) {
            throw new RuleViolationException(TASK_CLOSED, "Task is " + status + " and can no longer be changed",
                                             Map.of("status", status.name()));
        }
    }

    @EventSourcingHandler
    void on(TaskCreatedEvent event) {
        taskId = event.taskId();
        organizationId = event.organizationId();
        status = TaskStatus.OPEN;
        taskType = event.taskType();
        title = event.title();
        description = event.description();
        priority = event.priority();
        assignedUserId = event.assignedUserId();
        relatedEntity = event.relatedEntity();
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(TaskDetailsRevisedEvent event) {
        taskType = event.taskType();
        title = event.title();
        description = event.description();
    }

    @EventSourcingHandler
    void on(TaskPriorityChangedEvent event) {
        priority = event.priority();
    }

    @EventSourcingHandler
    void on(TaskRelatedEntityChangedEvent event) {
        relatedEntity = event.relatedEntity();
    }

    @EventSourcingHandler
    void on(TaskDueDateChangedEvent event) {
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        assignedUserId = event.assignedUserId();
    }

    @EventSourcingHandler
    void on(TaskUnassignedEvent event) {
        assignedUserId = null;
    }

    @EventSourcingHandler
    void on(TaskStatusChangedEvent event) {
        status = event.status();
    }

    @Override
    protected String entityType() {
        return "Task";
    }

    @Override
    protected UUID id() {
        return taskId;
    }
}
