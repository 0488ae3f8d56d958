package com.vivanta.ops.command.workflow;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.ai.RetryAiRunCommand;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.ChangeCaseStatusCommand;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.workflow.FindWorkflowRunQuery;
import com.vivanta.ops.api.workflow.WorkflowRunView;
import com.vivanta.ops.api.workorder.CancelWorkOrderCommand;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acting on a workflow run acts on what it follows: a run has no state of its own to flip, unlike the
 * seed's, whose cancel left the entity untouched. Cancel sends the entity's own cancel command, under the
 * entity's rules and with the entity's write permission; retry asks the run's failed AI step again. The
 * answer is the run once the timeline shows the change.
 */
@RestController
@RequestMapping("/api/v1/workflows/runs")
@RequirePermissions(Permission.WORKFLOW_WRITE)
class WorkflowCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;

    WorkflowCommandController(CommandGateway commandGateway, QueryGateway queryGateway,
                              ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
    }

    /** The case's note holds at most 300 characters, so a reason does too. */
    record CancelRequest(@NotBlank @Size(max = 300) String reason) {
    }

    record RetryRequest(@NullOrNotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{runId}/cancel")
    ResponseEntity<ApiResponse<?>> cancel(@PathVariable UUID runId, @Valid @RequestBody CancelRequest request) {
        WorkflowRunView run = run(runId);
        UUID entityId = run.targetEntityId();
        switch (run.targetEntityType()) {
            case CASE -> {
                requireEntityWrite(Permission.CASE_WRITE);
                commandGateway.sendAndWait(new ChangeCaseStatusCommand(entityId, CaseStatus.CANCELLED, null,
                                                                       request.reason()));
            }
            case WORK_ORDER -> {
                requireEntityWrite(Permission.WORKORDER_WRITE);
                commandGateway.sendAndWait(new CancelWorkOrderCommand(entityId, request.reason()));
            }
            case INVOICE -> throw new RuleViolationException(
                    "CANCEL_NOT_SUPPORTED", "An invoice cannot be cancelled: reject it, or ask for changes",
                    Map.of("runId", runId, "targetEntityType", run.targetEntityType()));
        }
        return readYourWrites.updated(entityId, location(runId), query(runId), WorkflowRunView.class);
    }

    @PostMapping("/{runId}/retry")
    ResponseEntity<ApiResponse<?>> retry(@PathVariable UUID runId,
                                         @Valid @RequestBody(required = false) RetryRequest request) {
        WorkflowRunView run = run(runId);
        UUID failedStep = run.latestAiRunId();
        if (failedStep == null || run.latestAiRunStatus() != AiRunStatus.FAILED) {
            throw new RuleViolationException("NOTHING_TO_RETRY", "The run's latest automated step has not failed",
                                             Map.of("runId", runId, "latestAiRunStatus",
                                                    String.valueOf(run.latestAiRunStatus())));
        }
        commandGateway.sendAndWait(new RetryAiRunCommand(failedStep, request != null ? request.reason() : null));
        return readYourWrites.updatedWhen(runId, location(runId), query(runId), WorkflowRunView.class,
                                          view -> !failedStep.equals(view.latestAiRunId())
                                                  || view.latestAiRunStatus() != AiRunStatus.FAILED);
    }

    private WorkflowRunView run(UUID runId) {
        return Futures.join(queryGateway.query(query(runId), ResponseTypes.optionalInstanceOf(WorkflowRunView.class)))
                      .orElseThrow(() -> new NotFoundException("Workflow run", runId));
    }

    private static FindWorkflowRunQuery query(UUID runId) {
        return new FindWorkflowRunQuery(CurrentActor.get().organizationId(), runId);
    }

    private static void requireEntityWrite(Permission permission) {
        if (!CurrentActor.get().holds(permission)) {
            throw new PermissionDeniedException("Cancelling this run changes an entity that needs " + permission.key(),
                                                List.of(permission.key()), "all-of");
        }
    }

    private static URI location(UUID runId) {
        return URI.create("/api/v1/workflows/runs/" + runId);
    }
}
