package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiSuggestionAppliedEvent;
import com.vivanta.ops.api.ai.AiSuggestionExpiredEvent;
import com.vivanta.ops.api.ai.AiSuggestionFilter;
import com.vivanta.ops.api.ai.AiSuggestionPage;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionSupersededEvent;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.FindAiSuggestionQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionsQuery;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
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

    private static Specification<AiSuggestionRow> matching(UUID organizationId, AiSuggestionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.targetType() != null) {
                predicates.add(cb.equal(root.get("targetType"), filter.targetType()));
            }
            if (filter.targetId() != null) {
                predicates.add(cb.equal(root.get("targetId"), filter.targetId()));
            }
            if (filter.runId() != null) {
                predicates.add(cb.equal(root.get("runId"), filter.runId()));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("proposedAt"), filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("proposedAt"), filter.createdTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
