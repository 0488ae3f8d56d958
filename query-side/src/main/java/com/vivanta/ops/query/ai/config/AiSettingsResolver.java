package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.api.ai.FindAiSettingsQuery;
import com.vivanta.ops.query.common.ReadModelCache;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Which provider and prompt serve a capability for an organization. Provider and prompt are resolved apart,
 * each from the most specific scope that has one: the organization's own, else the global one, else the
 * built-in. (The seed sorted the global configuration first and let it beat the organization's.) A disabled
 * configuration still counts: disabling a capability for an organization must not fall back to the global.
 *
 * <p>The assistant asks for every case opened, so the answers are kept until a configuration or a template
 * changes ({@link #forgetAll()}, called by their projections).
 */
@Component
class AiSettingsResolver {

    private final AiProviderConfigRowRepository configs;
    private final AiPromptTemplateRowRepository templates;
    private final ReadModelCache<FindAiSettingsQuery, AiSettings> settings = new ReadModelCache<>();

    AiSettingsResolver(AiProviderConfigRowRepository configs, AiPromptTemplateRowRepository templates) {
        this.configs = configs;
        this.templates = templates;
    }

    @QueryHandler
    AiSettings handle(FindAiSettingsQuery query) {
        return settings.find(query, () -> Optional.of(resolve(query))).orElseThrow();
    }

    /** A configuration or a template changed, for one organization or for all: every answer may have. */
    void forgetAll() {
        settings.forgetAll();
    }

    private AiSettings resolve(FindAiSettingsQuery query) {
        AiCapability capability = query.capability();
        AiSettings.PromptTemplate template = mostSpecific(query.organizationId(), owner ->
                templates.inUse(owner, capability).map(AiPromptTemplateRow::toPromptTemplate))
                .orElseGet(() -> BuiltInAiSettings.templateFor(capability));
        return mostSpecific(query.organizationId(),
                            owner -> configs.findByOrganizationIdAndCapability(owner, capability))
                .map(config -> new AiSettings(capability, config.enabled(), config.provider(), config.model(),
                                              config.baseUrl(), config.timeout(), config.scope().name(), config.id(),
                                              template))
                .orElseGet(() -> BuiltInAiSettings.settings(capability, template));
    }

    private static <T> Optional<T> mostSpecific(UUID organizationId, Function<UUID, Optional<T>> find) {
        return VisibleScopes.of(organizationId).stream().map(find).flatMap(Optional::stream).findFirst();
    }
}
