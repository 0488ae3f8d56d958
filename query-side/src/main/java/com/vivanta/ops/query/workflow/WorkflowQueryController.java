package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.workflow.FindWorkflowRunsQuery;
import com.vivanta.ops.api.workflow.FindWorkflowTimelineQuery;
import com.vivanta.ops.api.workflow.WorkflowEntryView;
import com.vivanta.ops.api.workflow.WorkflowRunFilter;
import com.vivanta.ops.api.workflow.WorkflowRunPage;
import com.vivanta.ops.api.workflow.WorkflowRunStatus;
import com.vivanta.ops.api.workflow.WorkflowRunView;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workflow.WorkflowTimeline;
import com.vivanta.ops.api.workflow.WorkflowType;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading workflow runs and their timelines. A run shows an entity's history, so besides
 * {@code workflow.read} it takes the read permission of its entity: lists leave out the runs of entities
 * the caller may not read, and a single one answers 403.
 */
@RestController
@RequestMapping("/api/v1")
class WorkflowQueryController {

    private static final Map<WorkflowTargetType, Permission> READ_PERMISSION = Map.of(
            WorkflowTargetType.CASE, Permission.CASE_READ,
            WorkflowTargetType.WORK_ORDER, Permission.WORKORDER_READ,
            WorkflowTargetType.INVOICE, Permission.INVOICE_READ);

    private final QueryGateway queryGateway;

    WorkflowQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Query parameters of {@code GET /workflows/runs}; all optional. */
    record RunListParams(WorkflowType workflowType,
                         WorkflowRunStatus status,
                         WorkflowTargetType targetEntityType,
                         UUID targetEntityId) {
    }

    @GetMapping("/workflows/runs")
    @RequirePermissions(Permission.WORKFLOW_READ)
    ApiResponse<List<WorkflowRunView>> list(@Valid RunListParams params, @Valid Paging paging) {
        Actor actor = CurrentActor.get();
        Set<WorkflowTargetType> readable = Arrays.stream(WorkflowTargetType.values())
                                                 .filter(target -> actor.holds(READ_PERMISSION.get(target)))
                                                 .collect(Collectors.toSet());
        WorkflowRunFilter filter = new WorkflowRunFilter(params.workflowType(), params.status(),
                                                         params.targetEntityType(), params.targetEntityId(), readable);
        return ApiResponse.of(Futures.join(queryGateway.query(
                new FindWorkflowRunsQuery(actor.organizationId(), filter, paging.limitOrDefault(),
                                          paging.offsetOrDefault()),
                ResponseTypes.instanceOf(WorkflowRunPage.class))));
    }

    @GetMapping("/workflows/runs/{runId}")
    @RequirePermissions(Permission.WORKFLOW_READ)
    ApiResponse<WorkflowRunView> get(@PathVariable UUID runId) {
        return ApiResponse.of(readableTimeline(runId).run());
    }

    @GetMapping("/workflows/runs/{runId}/events")
    @RequirePermissions(Permission.WORKFLOW_READ)
    ApiResponse<List<WorkflowEntryView>> events(@PathVariable UUID runId) {
        return ApiResponse.ofAll(readableTimeline(runId).entries());
    }

    @GetMapping("/cases/{caseId}/timeline")
    @RequirePermissions({Permission.WORKFLOW_READ, Permission.CASE_READ})
    ApiResponse<WorkflowTimeline> caseTimeline(@PathVariable UUID caseId) {
        return ApiResponse.of(timelineOf(WorkflowTargetType.CASE, caseId));
    }

    @GetMapping("/work-orders/{workOrderId}/timeline")
    @RequirePermissions({Permission.WORKFLOW_READ, Permission.WORKORDER_READ})
    ApiResponse<WorkflowTimeline> workOrderTimeline(@PathVariable UUID workOrderId) {
        return ApiResponse.of(timelineOf(WorkflowTargetType.WORK_ORDER, workOrderId));
    }

    @GetMapping("/invoices/{invoiceId}/timeline")
    @RequirePermissions({Permission.WORKFLOW_READ, Permission.INVOICE_READ})
    ApiResponse<WorkflowTimeline> invoiceTimeline(@PathVariable UUID invoiceId) {
        return ApiResponse.of(timelineOf(WorkflowTargetType.INVOICE, invoiceId));
    }

    private WorkflowTimeline timelineOf(WorkflowTargetType target, UUID entityId) {
        return timeline(target.runIdOf(entityId))
                .orElseThrow(() -> new NotFoundException(switch (target) {
                    case CASE -> "Case";
                    case WORK_ORDER -> "WorkOrder";
                    case INVOICE -> "Invoice";
                }, entityId));
    }

    private WorkflowTimeline readableTimeline(UUID runId) {
        WorkflowTimeline timeline = timeline(runId).orElseThrow(() -> new NotFoundException("Workflow run", runId));
        Permission needed = READ_PERMISSION.get(timeline.run().targetEntityType());
        if (!CurrentActor.get().holds(needed)) {
            throw new PermissionDeniedException("This run follows an entity that needs " + needed.key(),
                                                List.of(needed.key()), "all-of");
        }
        return timeline;
    }

    private Optional<WorkflowTimeline> timeline(UUID runId) {
        return Futures.join(queryGateway.query(new FindWorkflowTimelineQuery(CurrentActor.get().organizationId(),
                                                                             runId),
                                               ResponseTypes.optionalInstanceOf(WorkflowTimeline.class)));
    }
}
