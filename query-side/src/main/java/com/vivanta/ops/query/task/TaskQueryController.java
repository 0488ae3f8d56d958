package com.vivanta.ops.query.task;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.task.FindTaskQuery;
import com.vivanta.ops.api.task.FindTaskQueueQuery;
import com.vivanta.ops.api.task.FindTasksQuery;
import com.vivanta.ops.api.task.RelatedEntityType;
import com.vivanta.ops.api.task.TaskFilter;
import com.vivanta.ops.api.task.TaskPage;
import com.vivanta.ops.api.task.TaskQueue;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.api.task.TaskView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading tasks: the list with filters, single tasks, the caller's work and the review queue. */
@RestController
@RequestMapping("/api/v1/tasks")
@RequirePermissions(Permission.TASK_READ)
class TaskQueryController {

    private final QueryGateway queryGateway;

    TaskQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Query parameters of {@code GET /tasks}; all optional. */
    record TaskListParams(TaskStatus status,
                          CasePriority priority,
                          UUID assignedUserId,
                          RelatedEntityType relatedEntityType,
                          UUID relatedEntityId,
                          Instant dueFrom,
                          Instant dueTo,
                          @Size(max = 200) String search,
                          Instant createdFrom,
                          Instant createdTo) {
    }

    @GetMapping
    ApiResponse<List<TaskView>> list(@Valid TaskListParams params, @Valid Paging paging) {
        TaskFilter filter = new TaskFilter(params.status(), params.priority(), params.assignedUserId(),
                                           params.relatedEntityType(), params.relatedEntityId(), params.dueFrom(),
                                           params.dueTo(), params.search(), params.createdFrom(),
                                           params.createdTo());
        FindTasksQuery query = new FindTasksQuery(CurrentActor.get().organizationId(), filter,
                                                  paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(page(query));
    }

    @GetMapping("/queues/my-work")
    ApiResponse<List<TaskView>> myWork(@Valid Paging paging) {
        return queue(TaskQueue.MY_WORK, paging);
    }

    @GetMapping("/queues/review")
    ApiResponse<List<TaskView>> review(@Valid Paging paging) {
        return queue(TaskQueue.REVIEW, paging);
    }

    @GetMapping("/{taskId}")
    ApiResponse<TaskView> get(@PathVariable UUID taskId) {
        FindTaskQuery query = new FindTaskQuery(CurrentActor.get().organizationId(), taskId);
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(TaskView.class)))
                                     .orElseThrow(() -> new NotFoundException("Task", taskId)));
    }

    private ApiResponse<List<TaskView>> queue(TaskQueue queue, Paging paging) {
        Actor actor = CurrentActor.get();
        FindTaskQueueQuery query = new FindTaskQueueQuery(actor.organizationId(), queue, actor.userId(),
                                                          paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(page(query));
    }

    private TaskPage page(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(TaskPage.class)));
    }
}
