package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiProviderConfigView;
import com.vivanta.ops.api.ai.AiProviderConfiguredEvent;
import com.vivanta.ops.api.ai.FindAiProviderConfigQuery;
import com.vivanta.ops.api.ai.FindAiProviderConfigsQuery;
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
import org.springframework.stereotype.Component;

/**
 * The {@code ai-provider-config} read model: every provider configuration, of each organization and global.
 * An organization sees its own and the global ones (which it falls back to), never another organization's.
 */
@Component
@ProcessingGroup(AiProviderConfigProjection.NAME)
class AiProviderConfigProjection {

    static final String NAME = "ai-provider-config";

    private final AiProviderConfigRowRepository rows;
    private final AiSettingsResolver settings;
    private final AggregateRows<AiProviderConfigRow> configs;

    AiProviderConfigProjection(AiProviderConfigRowRepository rows, QueryUpdateEmitter emitter,
                               AiSettingsResolver settings) {
        this.rows = rows;
        this.settings = settings;
        this.configs = new AggregateRows<>(rows, row -> {
            this.settings.forgetAll();
            emitter.emit(FindAiProviderConfigQuery.class, query -> query.configId().equals(row.id()), row.toView());
        });
    }

    /** The first event of a configuration creates its row; each later one replaces its settings. */
    @EventHandler
    void on(AiProviderConfiguredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        configs.createOrChange(event.configId(), sequence, at, () -> new AiProviderConfigRow(event),
                               row -> row.configure(event));
    }

    @ResetHandler
    void reset() {
        settings.forgetAll();
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<AiProviderConfigView> handle(FindAiProviderConfigQuery query) {
        return rows.findById(query.configId())
                   .filter(row -> VisibleScopes.of(query.organizationId()).contains(row.organizationId()))
                   .map(AiProviderConfigRow::toView);
    }

    @QueryHandler
    List<AiProviderConfigView> handle(FindAiProviderConfigsQuery query) {
        return rows.findByOrganizationIdInOrderByScopeDescCapabilityAsc(VisibleScopes.of(query.organizationId()))
                   .stream().map(AiProviderConfigRow::toView).toList();
    }
}
