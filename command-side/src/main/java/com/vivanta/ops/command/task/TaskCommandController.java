package com.vivanta.ops.command.task;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.task.AssignTaskCommand;
import com.vivanta.ops.api.task.ChangeTaskStatusCommand;
import com.vivanta.ops.api.task.CreateTaskCommand;
import com.vivanta.ops.api.task.FindTaskQuery;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.RelatedEntityType;
import com.vivanta.ops.api.task.ReviseTaskCommand;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.api.task.TaskView;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing tasks: create, revise, assign, move along the lifecycle. Each endpoint checks who may assign
 * and that the ids it is given name entities of the caller's organization, sends one command and answers
 * with the task as the read model shows it once the command's events are projected.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskCommandController {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;
    private final RelatedEntities relatedEntities;

    TaskCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites, References references,
                          RelatedEntities relatedEntities) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
        this.relatedEntities = relatedEntities;
    }

    /** No {@code status}: a task is always created OPEN. The related entity's type and id go together. */
    record CreateTaskRequest(@NotBlank @Size(min = 2, max = 80) String taskType,
                             @NotBlank @Size(min = 2, max = 200) String title,
                             @Size(max = 5000) String description,
                             CasePriority priority,
                             UUID assignedUserId,
                             RelatedEntityType relatedEntityType,
                             UUID relatedEntityId,
                             Instant dueAt) {
    }

    /**
     * Absent fields stay as they are; {@code null} clears a clearable field and is refused for the others.
     * The related entity's type and id change together: both given, both {@code null} (about nothing now)
     * or both absent.
     */
    record ReviseTaskRequest(Optional<@NotBlank @Size(min = 2, max = 80) String> taskType,
                             Optional<@NotBlank @Size(min = 2, max = 200) String> title,
                             Optional<@Size(max = 5000) String> description,
                             Optional<@NotNull CasePriority> priority,
                             Optional<RelatedEntityType> relatedEntityType,
                             Optional<UUID> relatedEntityId,
                             Optional<Instant> dueAt) {
    }

    /** {@code assignedUserId} must be present; {@code null} takes the task back from its assignee. */
    record AssignTaskRequest(@NotNull(message = "is required; send null to unassign") Optional<UUID> assignedUserId) {
    }

    record ChangeTaskStatusRequest(@NotNull TaskStatus status, @Size(max = 300) String note) {
    }

    @PostMapping
    @RequirePermissions(Permission.TASK_WRITE)
    ResponseEntity<ApiResponse<?>> create(@Valid @RequestBody CreateTaskRequest request) {
        if (request.assignedUserId() != null) {
            requireAssignPermission();
        }
        UUID organizationId = CurrentActor.get().organizationId();
        RelatedEntity related = RelatedEntities.of(request.relatedEntityType(), request.relatedEntityId());
        references.requireActiveUser(organizationId, request.assignedUserId(), "assignedUserId");
        relatedEntities.require(organizationId, related);
        UUID taskId = UUID.randomUUID();
        commandGateway.sendAndWait(new CreateTaskCommand(taskId, request.taskType(), request.title(),
                                                         request.description(), request.priority(),
                                                         request.assignedUserId(), related, request.dueAt()));
        return readYourWrites.created(taskId, location(taskId), new FindTaskQuery(organizationId, taskId),
                                      TaskView.class);
    }

    @PatchMapping("/{taskId}")
    @RequirePermissions(Permission.TASK_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID taskId, @Valid @RequestBody ReviseTaskRequest request) {
        Optional<RelatedEntity> related = relatedEntityChange(request.relatedEntityType(), request.relatedEntityId());
        if (related != null) {
            relatedEntities.require(CurrentActor.get().organizationId(), related.orElse(null));
        }
        commandGateway.sendAndWait(new ReviseTaskCommand(taskId,
                                                         changeOrNull(request.taskType()),
                                                         changeOrNull(request.title()),
                                                         request.description(),
                                                         changeOrNull(request.priority()),
                                                         related,
                                                         request.dueAt()));
        return current(taskId);
    }

    @PostMapping("/{taskId}/assign")
    @RequirePermissions(Permission.TASK_ASSIGN)
    ResponseEntity<ApiResponse<?>> assign(@PathVariable UUID taskId, @Valid @RequestBody AssignTaskRequest request) {
        UUID assignee = request.assignedUserId().orElse(null);
        references.requireActiveUser(CurrentActor.get().organizationId(), assignee, "assignedUserId");
        commandGateway.sendAndWait(new AssignTaskCommand(taskId, assignee));
        return current(taskId);
    }

    @PostMapping("/{taskId}/change-status")
    @RequirePermissions(Permission.TASK_WRITE)
    ResponseEntity<ApiResponse<?>> changeStatus(@PathVariable UUID taskId,
                                                @Valid @RequestBody ChangeTaskStatusRequest request) {
        commandGateway.sendAndWait(new ChangeTaskStatusCommand(taskId, request.status(), request.note()));
        return current(taskId);
    }

    /** Creating a task for someone is assigning it, which the seed let anyone with task.write do. */
    private static void requireAssignPermission() {
        if (!CurrentActor.get().holds(Permission.TASK_ASSIGN)) {
            throw new PermissionDeniedException("Creating a task with an assignee needs task.assign",
                                                List.of(Permission.TASK_ASSIGN.key()), "all-of");
        }
    }

    /** The PATCH convention for the pair: {@code null} leave it, empty clear it, full set it. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static Optional<RelatedEntity> relatedEntityChange(Optional<RelatedEntityType> type,
                                                               Optional<UUID> id) {
        if (type == null && id == null) {
            return null;
        }
        if (type == null || id == null) {
            String missing = type == null ? RelatedEntities.TYPE_FIELD : RelatedEntities.ID_FIELD;
            throw new InvalidValueException(missing, null, "is required when the other of "
                    + RelatedEntities.TYPE_FIELD + " and " + RelatedEntities.ID_FIELD + " is given");
        }
        return Optional.ofNullable(RelatedEntities.of(type.orElse(null), id.orElse(null)));
    }

    private ResponseEntity<ApiResponse<?>> current(UUID taskId) {
        return readYourWrites.updated(taskId, location(taskId),
                                      new FindTaskQuery(CurrentActor.get().organizationId(), taskId), TaskView.class);
    }

    private static URI location(UUID taskId) {
        return URI.create("/api/v1/tasks/" + taskId);
    }
}
