package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiPromptTemplateActivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateDeactivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateVersionCreatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateView;
import com.vivanta.ops.api.ai.FindAiPromptTemplateQuery;
import com.vivanta.ops.api.ai.FindAiPromptTemplatesQuery;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/**
 * The {@code ai-prompt-template} read model: every version of every prompt template, of each organization
 * and global. An organization sees its own and the global ones, never another organization's.
 */
@Component
@ProcessingGroup(AiPromptTemplateProjection.NAME)
class AiPromptTemplateProjection {

    static final String NAME = "ai-prompt-template";
    private static final Sort LISTED = Sort.by(Sort.Order.desc("scope"), Sort.Order.asc("templateKey"),
                                               Sort.Order.desc("templateVersion"));

    private final AiPromptTemplateRowRepository rows;
    private final AiSettingsResolver settings;
    private final AggregateRows<AiPromptTemplateRow> templates;

    AiPromptTemplateProjection(AiPromptTemplateRowRepository rows, QueryUpdateEmitter emitter,
                               AiSettingsResolver settings) {
        this.rows = rows;
        this.settings = settings;
        this.templates = new AggregateRows<>(rows, row -> {
            this.settings.forgetAll();
            AiPromptTemplateView view = row.toView();
            emitter.emit(FindAiPromptTemplateQuery.class, query -> query.templateId().equals(view.id()), view);
        });
    }

    @EventHandler
    void on(AiPromptTemplateVersionCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        templates.create(event.templateId(), sequence, at, () -> new AiPromptTemplateRow(event, at));
    }

    @EventHandler
    void on(AiPromptTemplateActivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        templates.change(event.templateId(), sequence, at, row -> row.active(true));
    }

    @EventHandler
    void on(AiPromptTemplateDeactivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        templates.change(event.templateId(), sequence, at, row -> row.active(false));
    }

    @ResetHandler
    void reset() {
        settings.forgetAll();
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<AiPromptTemplateView> handle(FindAiPromptTemplateQuery query) {
        return rows.findById(query.templateId())
                   .filter(row -> VisibleScopes.of(query.organizationId())
                                                            .contains(row.organizationId()))
                   .map(AiPromptTemplateRow::toView);
    }

    @QueryHandler
    List<AiPromptTemplateView> handle(FindAiPromptTemplatesQuery query) {
        Specification<AiPromptTemplateRow> matching = (row, q, cb) -> row.get("organizationId").in(
                VisibleScopes.of(query.organizationId()));
        if (query.capability() != null) {
            matching = matching.and((row, q, cb) -> cb.equal(row.get("capability"), query.capability()));
        }
        if (query.active() != null) {
            matching = matching.and((row, q, cb) -> cb.equal(row.get("active"), query.active()));
        }
        if (query.templateKey() != null) {
            matching = matching.and((row, q, cb) -> cb.equal(row.get("templateKey"), query.templateKey()));
        }
        return rows.findAll(matching, LISTED).stream().map(AiPromptTemplateRow::toView).toList();
    }
}
