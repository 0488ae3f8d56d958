package com.vivanta.ops.query.task;

import com.vivanta.ops.api.task.FindTaskQuery;
import com.vivanta.ops.api.task.FindTaskQueueQuery;
import com.vivanta.ops.api.task.FindTasksQuery;
import com.vivanta.ops.api.task.TaskAssignedEvent;
import com.vivanta.ops.api.task.TaskCreatedEvent;
import com.vivanta.ops.api.task.TaskDetailsRevisedEvent;
import com.vivanta.ops.api.task.TaskDueDateChangedEvent;
import com.vivanta.ops.api.task.TaskPage;
import com.vivanta.ops.api.task.TaskPriorityChangedEvent;
import com.vivanta.ops.api.task.TaskRelatedEntityChangedEvent;
import com.vivanta.ops.api.task.TaskStatusChangedEvent;
import com.vivanta.ops.api.task.TaskUnassignedEvent;
import com.vivanta.ops.api.task.TaskView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code task-view} read model: one row per task, for lists, the my-work and review queues and detail
 * screens. Each event is applied once ({@link AggregateRows}); after each change the new view is emitted
 * to subscription queries, which is how command endpoints learn that their write is visible.
 */
@Component
@ProcessingGroup(TaskViewProjection.NAME)
class TaskViewProjection {

    static final String NAME = "task-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    // PostgreSQL sorts NULLs last in ascending order: tasks without a due time come after dated ones.
    private static final Sort MOST_PRESSING_FIRST = Sort.by(Sort.Order.asc("priorityRank"),
                                                            Sort.Order.asc("dueAt"),
                                                            Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

    private final TaskRowRepository rows;
    private final AggregateRows<TaskRow> tasks;

    TaskViewProjection(TaskRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.tasks = new AggregateRows<>(rows, row -> {
            TaskView view = row.toView();
            emitter.emit(FindTaskQuery.class, query -> query.taskId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(TaskCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.create(event.taskId(), sequence, at, () -> {
            TaskRow row = new TaskRow(event.taskId(), event.organizationId(), event.createdBy(), at);
            row.details(event.taskType(), event.title(), event.description());
            row.priority(event.priority());
            row.assignee(event.assignedUserId());
            row.relatedEntity(event.relatedEntity());
            row.dueAt(event.dueAt());
            return row;
        });
    }

    @EventHandler
    void on(TaskDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at,
                     row -> row.details(event.taskType(), event.title(), event.description()));
    }

    @EventHandler
    void on(TaskPriorityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.priority(event.priority()));
    }

    @EventHandler
    void on(TaskRelatedEntityChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.relatedEntity(event.relatedEntity()));
    }

    @EventHandler
    void on(TaskDueDateChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.dueAt(event.dueAt()));
    }

    @EventHandler
    void on(TaskAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.assignee(event.assignedUserId()));
    }

    @EventHandler
    void on(TaskUnassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.assignee(null));
    }

    @EventHandler
    void on(TaskStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.change(event.taskId(), sequence, at, row -> row.status(event.status(), at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<TaskView> handle(FindTaskQuery query) {
        return rows.findByIdAndOrganizationId(query.taskId(), query.organizationId()).map(TaskRow::toView);
    }

    @QueryHandler
    TaskPage handle(FindTasksQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findAll(TaskSpecifications.matching(query.organizationId(), query.filter()), window),
                             TaskRow::toView, TaskPage::new);
    }

    @QueryHandler
    TaskPage handle(FindTaskQueueQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), MOST_PRESSING_FIRST);
        return window.toPage(rows.findAll(TaskSpecifications.inQueue(query.organizationId(), query.queue(),
                                                                     query.userId()), window),
                             TaskRow::toView, TaskPage::new);
    }
}
