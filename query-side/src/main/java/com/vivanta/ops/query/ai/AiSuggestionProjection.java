package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiSuggestionAppliedEvent;
import com.vivanta.ops.api.ai.AiSuggestionExpiredEvent;
import com.vivanta.ops.api.ai.AiSuggestionFilter;
import com.vivanta.ops.api.ai.AiSuggestionPage;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionSupersededEvent;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.ExpiredAiSuggestion;
import com.vivanta.ops.api.ai.FindExpiredAiSuggestionsQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionsQuery;
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
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The {@code ai-suggestion-view} read model: every suggestion and what became of it. */
@Component
@ProcessingGroup(AiSuggestionProjection.NAME)
class AiSuggestionProjection {

    static final String NAME = "ai-suggestion-view";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.asc("id"));

    private final AiSuggestionRowRepository rows;
    private final AggregateRows<AiSuggestionRow> suggestions;

    AiSuggestionProjection(AiSuggestionRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.suggestions = new AggregateRows<>(rows, row -> {
            AiSuggestionView view = row.toView();
            emitter.emit(FindAiSuggestionQuery.class, query -> query.suggestionId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(AiSuggestionProposedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.create(event.suggestionId(), sequence, at, () -> new AiSuggestionRow(event, at));
    }

    @EventHandler
    void on(AiSuggestionAppliedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.change(event.suggestionId(), sequence, at,
                           row -> row.applied(event.finalValues(), event.editedFields(), event.appliedBy(), at));
    }

    @EventHandler
    void on(AiSuggestionRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.change(event.suggestionId(), sequence, at,
                           row -> row.rejected(event.reason(), event.rejectedBy(), at));
    }

    @EventHandler
    void on(AiSuggestionSupersededEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.change(event.suggestionId(), sequence, at, row -> row.superseded(event.supersededBy(), at));
    }

    @EventHandler
    void on(AiSuggestionExpiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suggestions.change(event.suggestionId(), sequence, at, row -> row.expired(at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<AiSuggestionView> handle(FindAiSuggestionQuery query) {
        return rows.findByIdAndOrganizationId(query.suggestionId(), query.organizationId())
                   .map(AiSuggestionRow::toView);
    }

    @QueryHandler
    AiSuggestionPage handle(FindAiSuggestionsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(rows.findAll(matching(query.organizationId(), query.filter()), window),
                             AiSuggestionRow::toView, AiSuggestionPage::new);
    }

    @QueryHandler
    List<ExpiredAiSuggestion> handle(FindExpiredAiSuggestionsQuery query) {
        return rows.findByStatusAndExpiresAtLessThanEqualOrderByExpiresAt(AiSuggestionStatus.PROPOSED, query.now(),
                                                                         Limit.of(query.limit()))
                   .stream().map(AiSuggestionRow::expired).toList();
    }

    private static Specification<AiSuggestionRow> matching(UUID organizationId, AiSuggestionFilter filter) {
        return (root, query, cb) -> FilterCriteria.ofOrganization(root, cb, organizationId)
                                                  .equal("type", filter.type())
                                                  .equal("status", filter.status())
                                                  .equal("targetType", filter.targetType())
                                                  .equal("targetId", filter.targetId())
                                                  .equal("runId", filter.runId())
                                                  .between("proposedAt", filter.createdFrom(), filter.createdTo())
                                                  .all();
    }
}
