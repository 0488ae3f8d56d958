package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiEvaluationView;
import com.vivanta.ops.api.ai.AiRunCompletedEvent;
import com.vivanta.ops.api.ai.AiRunEvaluatedEvent;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunFilter;
import com.vivanta.ops.api.ai.AiRunPage;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiRunView;
import com.vivanta.ops.api.ai.FindAiEvaluationsQuery;
import com.vivanta.ops.api.ai.FindAiRunQuery;
import com.vivanta.ops.api.ai.FindAiRunsQuery;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.FilterCriteria;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The {@code ai-run-view} read model: runs with their outcome, and the feedback given on them. */
@Component
@ProcessingGroup(AiRunProjection.NAME)
class AiRunProjection {

    static final String NAME = "ai-run-view";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("id"));

    private final AiRunRowRepository rows;
    private final AiRunEvaluationRowRepository evaluations;
    private final AggregateRows<AiRunRow> runs;

    AiRunProjection(AiRunRowRepository rows, AiRunEvaluationRowRepository evaluations, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.evaluations = evaluations;
        this.runs = new AggregateRows<>(rows, row -> {
            AiRunView view = row.toView();
            emitter.emit(FindAiRunQuery.class, query -> query.runId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(AiRunStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.create(event.runId(), sequence, at, () -> new AiRunRow(event, at));
    }

    @EventHandler
    void on(AiRunCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.change(event.runId(), sequence, at, row -> row.completed(event.output(), event.confidence(),
                                                                      event.latencyMs(), event.suggestionIds(), at));
    }

    @EventHandler
    void on(AiRunFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.change(event.runId(), sequence, at,
                    row -> row.failed(event.failureCode(), event.reason(), event.latencyMs(), at));
    }

    @EventHandler
    void on(AiRunRetryRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.change(event.runId(), sequence, at, row -> row.retried(event.attempt()));
    }

    @EventHandler
    void on(AiRunEvaluatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.change(event.runId(), sequence, at,
                    row -> evaluations.save(new AiRunEvaluationRow(event, row.organizationId(), at)));
    }

    @ResetHandler
    void reset() {
        evaluations.deleteAllInBatch();
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<AiRunView> handle(FindAiRunQuery query) {
        return rows.findByIdAndOrganizationId(query.runId(), query.organizationId()).map(AiRunRow::toView);
    }

    @QueryHandler
    AiRunPage handle(FindAiRunsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(rows.findAll(matching(query.organizationId(), query.filter()), window),
                             AiRunRow::toView, AiRunPage::new);
    }

    @QueryHandler
    List<AiEvaluationView> handle(FindAiEvaluationsQuery query) {
        return evaluations.findByRunIdAndOrganizationIdOrderByEvaluatedAtDescIdAsc(query.runId(),
                                                                                  query.organizationId())
                          .stream().map(AiRunEvaluationRow::toView).toList();
    }

    private static Specification<AiRunRow> matching(UUID organizationId, AiRunFilter filter) {
        return (root, query, cb) -> FilterCriteria.ofOrganization(root, cb, organizationId)
                                                  .equal("capability", filter.capability())
                                                  .equal("status", filter.status())
                                                  .equal("targetType", filter.targetType())
                                                  .equal("targetId", filter.targetId())
                                                  .between("startedAt", filter.createdFrom(), filter.createdTo())
                                                  .all();
    }
}
