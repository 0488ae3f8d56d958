package com.vivanta.ops.command.ai.config;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiPromptTemplateActivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateDeactivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateVersionCreatedEvent;
import com.vivanta.ops.api.ai.AiProviderConfigChange;
import com.vivanta.ops.api.ai.AiProviderConfiguredEvent;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.api.ai.ConfigureAiProviderCommand;
import com.vivanta.ops.api.ai.CreateAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.ReviseAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.ReviseAiProviderConfigCommand;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.command.common.CommandMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The AI configuration of one scope: an organization's, or the global default (owned by the platform
 * organization). It holds one provider configuration per capability — configuring a capability again
 * replaces it, under the same id — and the prompt templates, whose versions are never edited: new text is a
 * new version of the key, and only a version's activation changes.
 *
 * <p>Not an {@code OrganizationOwnedAggregate}: the first configuration creates it, so there is no owner to
 * compare with yet. Its id is derived from the organization instead ({@link AiScope#configurationIdOf}); a
 * command for another organization's configuration is answered as if it did not exist, and one for the
 * global configuration from anyone but the platform organization is refused.
 */
@Aggregate
class AiConfiguration {

    static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(120);

    @AggregateIdentifier
    private UUID configurationId;
    private final Map<AiCapability, ProviderConfig> providers = new EnumMap<>(AiCapability.class);
    /** Per provider configuration: the sequence number of the event that last changed it. */
    private final Map<UUID, Long> providerVersions = new HashMap<>();
    private final Map<UUID, Template> templates = new HashMap<>();
    /** Per template key: the capability it serves and its latest version. */
    private final Map<String, KeyHistory> keys = new HashMap<>();

    AiConfiguration() {
        // For Axon: rebuilt from events, or created by the first configuration.
    }

    private record ProviderConfig(UUID configId, AiCapability capability, boolean enabled, AiProviderKind provider,
                                  String model, String baseUrl, Duration timeout, boolean apiKeyConfigured) {
    }

    private record Template(String templateKey, String systemPrompt, String userPromptTemplate, boolean active) {
    }

    private record KeyHistory(AiCapability capability, int latestVersion) {
    }

    /** The configuration's id is a new one for a first configuration, else the one it replaces. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AiProviderConfigChange handle(ConfigureAiProviderCommand command, MetaData metaData, AiProviderKeys keys) {
        UUID organizationId = requireOwnScope(command.configurationId(), metaData);
        ProviderConfig current = providers.get(command.capability());
        UUID configId = current != null ? current.configId() : command.configId();
        String apiKey = requireKeyFits(command.provider(), Optional.ofNullable(command.apiKey()));
        ProviderConfig next = valid(new ProviderConfig(configId, command.capability(), command.enabled(),
                                                       command.provider(), command.model(), command.baseUrl(),
                                                       command.timeout(), apiKey != null));
        return configure(organizationId, current, next, apiKey, keys, metaData);
    }

    /**
     * A key is sent only to the endpoint it was given for: moving a configuration to another base URL, or to
     * the local provider, without a new key drops the stored one.
     */
    @CommandHandler
    AiProviderConfigChange handle(ReviseAiProviderConfigCommand command, MetaData metaData, AiProviderKeys keys) {
        UUID organizationId = requireOwnScope(command.configurationId(), metaData);
        ProviderConfig current = providers.values().stream()
                                          .filter(config -> config.configId().equals(command.configId()))
                                          .findFirst()
                                          .orElseThrow(() -> new NotFoundException("AiProviderConfig",
                                                                                   command.configId()));
        AiProviderKind provider = command.provider() != null ? command.provider() : current.provider();
        String baseUrl = choose(command.baseUrl(), provider == AiProviderKind.LOCAL && command.baseUrl() == null
                ? null : current.baseUrl());
        boolean endpointKept = provider == current.provider() && Objects.equals(baseUrl, current.baseUrl());
        String apiKey;
        if (command.apiKey() != null) {
            apiKey = requireKeyFits(provider, command.apiKey());
        } else {
            apiKey = endpointKept && current.apiKeyConfigured() ? keys.keyOf(current.configId()).orElse(null) : null;
        }
        ProviderConfig next = valid(new ProviderConfig(
                current.configId(), current.capability(),
                command.enabled() != null ? command.enabled() : current.enabled(), provider,
                command.model() != null ? command.model() : current.model(), baseUrl,
                command.timeout() != null ? command.timeout() : current.timeout(), apiKey != null));
        return configure(organizationId, current, next, apiKey, keys, metaData);
    }

    /** Stores or drops the key with the configuration; a change of nothing at all records nothing. */
    private AiProviderConfigChange configure(UUID organizationId, ProviderConfig current, ProviderConfig next,
                                             String apiKey, AiProviderKeys keys, MetaData metaData) {
        boolean keyChanged = !Objects.equals(keys.keyOf(next.configId()).orElse(null), apiKey);
        if (next.equals(current) && !keyChanged) {
            return new AiProviderConfigChange(next.configId(), providerVersions.get(next.configId()));
        }
        if (apiKey != null) {
            keys.store(next.configId(), apiKey);
        } else {
            keys.remove(next.configId());
        }
        apply(new AiProviderConfiguredEvent(configurationId(organizationId), organizationId,
                                            AiScope.of(organizationId), next.configId(), next.capability(),
                                            next.enabled(), next.provider(), next.model(), next.baseUrl(),
                                            next.timeout(), next.apiKeyConfigured(),
                                            CommandMetadata.actor(metaData)));
        return new AiProviderConfigChange(next.configId(), providerVersions.get(next.configId()));
    }

    /** Answers the version created. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(CreateAiPromptTemplateCommand command, MetaData metaData) {
        UUID organizationId = requireOwnScope(command.configurationId(), metaData);
        KeyHistory history = keys.get(command.templateKey());
        if (history != null && history.capability() != command.capability()) {
            throw new RuleViolationException("TEMPLATE_CAPABILITY_MISMATCH",
                                             "Template key " + command.templateKey() + " serves "
                                                     + history.capability(),
                                             Map.of("templateKey", command.templateKey(),
                                                    "capability", history.capability().name()));
        }
        int next = history == null ? 1 : history.latestVersion() + 1;
        if (command.version() != null && command.version() < next) {
            throw new RuleViolationException("TEMPLATE_VERSION_EXISTS",
                                             "Version " + command.version() + " of template " + command.templateKey()
                                                     + " exists already; the next is " + next,
                                             Map.of("templateKey", command.templateKey(),
                                                    "version", command.version(), "nextVersion", next));
        }
        if (command.version() != null && command.version() > next) {
            throw new InvalidValueException("version", command.version(),
                                            "versions count up without gaps; the next is " + next);
        }
        apply(new AiPromptTemplateVersionCreatedEvent(configurationId(organizationId), organizationId,
                                                      AiScope.of(organizationId), command.templateId(),
                                                      command.templateKey(), command.capability(), next,
                                                      command.systemPrompt(), command.userPromptTemplate(),
                                                      command.active(), CommandMetadata.actor(metaData)));
        return next;
    }

    /** Answers the id of the version that carries the result: a new one when the text changed. */
    @CommandHandler
    UUID handle(ReviseAiPromptTemplateCommand command, MetaData metaData) {
        UUID organizationId = requireOwnScope(command.configurationId(), metaData);
        Template current = templates.get(command.templateId());
        if (current == null) {
            throw new NotFoundException("AiPromptTemplate", command.templateId());
        }
        String systemPrompt = command.systemPrompt() != null ? command.systemPrompt() : current.systemPrompt();
        String userPrompt = command.userPromptTemplate() != null ? command.userPromptTemplate()
                : current.userPromptTemplate();
        boolean active = command.active() != null ? command.active() : current.active();
        String actor = CommandMetadata.actor(metaData);
        if (!systemPrompt.equals(current.systemPrompt()) || !userPrompt.equals(current.userPromptTemplate())) {
            KeyHistory history = keys.get(current.templateKey());
            apply(new AiPromptTemplateVersionCreatedEvent(configurationId, organizationId, AiScope.of(organizationId),
                                                          command.newTemplateId(), current.templateKey(),
                                                          history.capability(), history.latestVersion() + 1,
                                                          systemPrompt, userPrompt, active, actor));
            return command.newTemplateId();
        }
        if (active != current.active()) {
            apply(active ? new AiPromptTemplateActivatedEvent(configurationId, command.templateId(), actor)
                          : new AiPromptTemplateDeactivatedEvent(configurationId, command.templateId(), actor));
        }
        return command.templateId();
    }

    @EventSourcingHandler
    void on(AiProviderConfiguredEvent event, @SequenceNumber long sequence) {
        configurationId = event.configurationId();
        providerVersions.put(event.configId(), sequence);
        providers.put(event.capability(), new ProviderConfig(event.configId(), event.capability(), event.enabled(),
                                                             event.provider(), event.model(), event.baseUrl(),
                                                             event.timeout(), event.apiKeyConfigured()));
    }

    @EventSourcingHandler
    void on(AiPromptTemplateVersionCreatedEvent event) {
        configurationId = event.configurationId();
        templates.put(event.templateId(), new Template(event.templateKey(), event.systemPrompt(),
                                                       event.userPromptTemplate(), event.active()));
        keys.put(event.templateKey(), new KeyHistory(event.capability(), event.version()));
    }

    @EventSourcingHandler
    void on(AiPromptTemplateActivatedEvent event) {
        templates.computeIfPresent(event.templateId(), (id, template) -> withActive(template, true));
    }

    @EventSourcingHandler
    void on(AiPromptTemplateDeactivatedEvent event) {
        templates.computeIfPresent(event.templateId(), (id, template) -> withActive(template, false));
    }

    private static Template withActive(Template template, boolean active) {
        return new Template(template.templateKey(), template.systemPrompt(), template.userPromptTemplate(), active);
    }

    private static UUID configurationId(UUID organizationId) {
        return AiScope.configurationIdOf(organizationId);
    }

    /**
     * The sender's organization, if the command addresses its own configuration. Tenants may see that the
     * global configuration exists (they fall back to it), so it is refused rather than hidden.
     */
    private static UUID requireOwnScope(UUID configurationId, MetaData metaData) {
        UUID organizationId = CommandMetadata.organizationId(metaData);
        if (configurationId.equals(configurationId(organizationId))) {
            return organizationId;
        }
        if (configurationId.equals(AiScope.GLOBAL_CONFIGURATION_ID)) {
            throw new ActionNotPermittedException("GLOBAL_AI_CONFIGURATION",
                                                  "Only the platform operator changes the global AI configuration",
                                                  Map.of("scope", AiScope.GLOBAL.name()));
        }
        throw new NotFoundException("AiConfiguration", configurationId);
    }

    /** The local provider calls nothing, so it takes no key; a given key must be usable in a header. */
    private static String requireKeyFits(AiProviderKind provider, Optional<String> apiKey) {
        if (apiKey.isEmpty()) {
            return null;
        }
        if (provider == AiProviderKind.LOCAL) {
            throw new InvalidValueException("apiKey", "****", "the LOCAL provider calls no endpoint and takes no key");
        }
        if (apiKey.get().isBlank() || apiKey.get().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidValueException("apiKey", "****", "must be printable ASCII without spaces");
        }
        return apiKey.get();
    }

    private static ProviderConfig valid(ProviderConfig config) {
        if (config.model() == null || config.model().isBlank()) {
            throw new InvalidValueException("model", config.model(), "must not be blank");
        }
        Duration timeout = config.timeout();
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0
                || timeout.getNano() != 0) {
            throw new InvalidValueException("timeoutSeconds", timeout == null ? null : timeout.toSeconds(),
                                            "must be whole seconds from " + MIN_TIMEOUT.toSeconds() + " to "
                                                    + MAX_TIMEOUT.toSeconds());
        }
        if (config.provider() == AiProviderKind.LOCAL && config.baseUrl() != null) {
            throw new InvalidValueException("baseUrl", config.baseUrl(), "the LOCAL provider calls no endpoint");
        }
        if (config.provider() == AiProviderKind.OPENAI) {
            requireHttpUrl(config.baseUrl());
        }
        return config;
    }

    private static void requireHttpUrl(String baseUrl) {
        if (baseUrl == null) {
            throw new InvalidValueException("baseUrl", null, "is required for the OPENAI provider");
        }
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && uri.getQuery() == null && uri.getFragment() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below like any other unusable address
        }
        throw new InvalidValueException("baseUrl", baseUrl,
                                        "must be an http or https URL with a host, without credentials, query or "
                                                + "fragment");
    }
}
