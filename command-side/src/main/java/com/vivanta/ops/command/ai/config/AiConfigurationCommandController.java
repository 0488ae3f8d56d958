package com.vivanta.ops.command.ai.config;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiPromptTemplateView;
import com.vivanta.ops.api.ai.AiProviderConfigChange;
import com.vivanta.ops.api.ai.AiProviderConfigView;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.api.ai.ConfigureAiProviderCommand;
import com.vivanta.ops.api.ai.CreateAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.FindAiPromptTemplateQuery;
import com.vivanta.ops.api.ai.FindAiProviderConfigQuery;
import com.vivanta.ops.api.ai.ReviseAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.ReviseAiProviderConfigCommand;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequireAnyPermission;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing the AI configuration: provider configurations and prompt templates. An organization's
 * {@code ai.admin} changes the organization's own; only the platform operator ({@code platform.admin})
 * changes the GLOBAL ones every organization falls back to. The scope is never taken from an id in the body:
 * it is the caller's, and GLOBAL must be asked for explicitly.
 */
@RestController
@RequestMapping("/api/v1/ai")
@RequireAnyPermission({Permission.AI_ADMIN, Permission.PLATFORM_ADMIN})
class AiConfigurationCommandController {

    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;

    AiConfigurationCommandController(CommandGateway commandGateway, QueryGateway queryGateway,
                                     ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
    }

    /** A whole configuration; {@code apiKey} left out means the provider is called without one. */
    record ProviderConfigRequest(AiScope scope,
                                 @NotNull AiCapability capability,
                                 Boolean enabled,
                                 @NotNull AiProviderKind provider,
                                 @NotBlank @Size(max = 120) String model,
                                 @Size(max = 500) String baseUrl,
                                 @Min(1) @Max(120) Integer timeoutSeconds,
                                 @NullOrNotBlank @Size(max = 500) String apiKey) {

        @Override
        public String toString() {
            return "ProviderConfigRequest[scope=" + scope + ", capability=" + capability + ", provider=" + provider
                    + ", model=" + model + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****")
                    + "]";
        }
    }

    /** Absent fields stay; {@code baseUrl} and {@code apiKey} may be sent as null to clear them. */
    record ReviseProviderConfigRequest(Optional<@NotNull Boolean> enabled,
                                       Optional<@NotNull AiProviderKind> provider,
                                       Optional<@NotBlank @Size(max = 120) String> model,
                                       Optional<@Size(max = 500) String> baseUrl,
                                       Optional<@NotNull @Min(1) @Max(120) Integer> timeoutSeconds,
                                       Optional<@NullOrNotBlank @Size(max = 500) String> apiKey) {

        @Override
        public String toString() {
            return "ReviseProviderConfigRequest[enabled=" + enabled + ", provider=" + provider + ", model=" + model
                    + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unchanged" : "****") + "]";
        }
    }

    record PromptTemplateRequest(AiScope scope,
                                 @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,119}", message = "1 to 120 of "
                                         + "a-z 0-9 . _ -, starting with a letter or digit") String templateKey,
                                 @NotNull AiCapability capability,
                                 @Min(1) Integer version,
                                 @NotBlank @Size(max = 20000) String systemPrompt,
                                 @NotBlank @Size(max = 20000) String userPromptTemplate,
                                 Boolean active) {
    }

    /** New text makes a new version of the key; {@code active} alone changes this version. */
    record RevisePromptTemplateRequest(Optional<@NotBlank @Size(max = 20000) String> systemPrompt,
                                       Optional<@NotBlank @Size(max = 20000) String> userPromptTemplate,
                                       Optional<@NotNull Boolean> active) {
    }

    /** 201 for a capability configured for the first time in the scope, 200 when it replaces the configuration. */
    @PostMapping("/provider-configs")
    ResponseEntity<ApiResponse<?>> configure(@Valid @RequestBody ProviderConfigRequest request) {
        UUID configurationId = configurationFor(request.scope() == null ? AiScope.ORGANIZATION : request.scope());
        UUID newId = UUID.randomUUID();
        AiProviderConfigChange change = commandGateway.sendAndWait(new ConfigureAiProviderCommand(
                configurationId, newId, request.capability(), !Boolean.FALSE.equals(request.enabled()),
                request.provider(), request.model().trim(), blankToNull(request.baseUrl()),
                Duration.ofSeconds(request.timeoutSeconds() == null ? DEFAULT_TIMEOUT_SECONDS
                                           : request.timeoutSeconds()),
                request.apiKey()));
        return providerConfig(change.configId().equals(newId) ? HttpStatus.CREATED : HttpStatus.OK, change);
    }

    @PatchMapping("/provider-configs/{configId}")
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID configId,
                                          @Valid @RequestBody ReviseProviderConfigRequest request) {
        AiProviderConfigView config = visible(new FindAiProviderConfigQuery(organizationId(), configId),
                                              AiProviderConfigView.class, "AiProviderConfig", configId);
        AiProviderConfigChange change = commandGateway.sendAndWait(new ReviseAiProviderConfigCommand(
                configurationFor(config.scope()), configId, changeOrNull(request.enabled()),
                changeOrNull(request.provider()),
                request.model() == null ? null : changeOrNull(request.model()).trim(),
                request.baseUrl() == null ? null : request.baseUrl().map(AiConfigurationCommandController::blankToNull),
                request.timeoutSeconds() == null ? null : Duration.ofSeconds(changeOrNull(request.timeoutSeconds())),
                request.apiKey()));
        return providerConfig(HttpStatus.OK, change);
    }

    /** 201 with the version created: 1 for a new key, the next one for a key the scope has already. */
    @PostMapping("/prompt-templates")
    ResponseEntity<ApiResponse<?>> createTemplate(@Valid @RequestBody PromptTemplateRequest request) {
        UUID configurationId = configurationFor(request.scope() == null ? AiScope.ORGANIZATION : request.scope());
        UUID templateId = UUID.randomUUID();
        commandGateway.sendAndWait(new CreateAiPromptTemplateCommand(
                configurationId, templateId, request.templateKey(), request.capability(), request.version(),
                request.systemPrompt(), request.userPromptTemplate(), !Boolean.FALSE.equals(request.active())));
        return template(HttpStatus.CREATED, templateId, view -> true);
    }

    /** 201 with the new version when the text changed, else 200 with this version. */
    @PatchMapping("/prompt-templates/{templateId}")
    ResponseEntity<ApiResponse<?>> reviseTemplate(@PathVariable UUID templateId,
                                                  @Valid @RequestBody RevisePromptTemplateRequest request) {
        AiPromptTemplateView template = visible(new FindAiPromptTemplateQuery(organizationId(), templateId),
                                                AiPromptTemplateView.class, "AiPromptTemplate", templateId);
        Boolean active = changeOrNull(request.active());
        UUID result = commandGateway.sendAndWait(new ReviseAiPromptTemplateCommand(
                configurationFor(template.scope()), templateId, UUID.randomUUID(),
                changeOrNull(request.systemPrompt()), changeOrNull(request.userPromptTemplate()), active));
        if (!result.equals(templateId)) {
            return template(HttpStatus.CREATED, result, view -> true);
        }
        return template(HttpStatus.OK, templateId, view -> active == null || view.active() == active);
    }

    private ResponseEntity<ApiResponse<?>> providerConfig(HttpStatus status, AiProviderConfigChange change) {
        return readYourWrites.respondWhen(status, change.configId(),
                                          URI.create("/api/v1/ai/provider-configs/" + change.configId()),
                                          new FindAiProviderConfigQuery(organizationId(), change.configId()),
                                          AiProviderConfigView.class, view -> view.version() >= change.version());
    }

    private ResponseEntity<ApiResponse<?>> template(HttpStatus status, UUID templateId,
                                                    Predicate<AiPromptTemplateView> ready) {
        return readYourWrites.respondWhen(status, templateId, URI.create("/api/v1/ai/prompt-templates/" + templateId),
                                          new FindAiPromptTemplateQuery(organizationId(), templateId),
                                          AiPromptTemplateView.class, ready);
    }

    /**
     * The configuration the caller may change in the scope. GLOBAL needs {@code platform.admin}, an
     * organization's own {@code ai.admin}; the platform organization has no configuration of its own.
     */
    private static UUID configurationFor(AiScope scope) {
        Actor actor = CurrentActor.get();
        Permission needed = scope == AiScope.GLOBAL ? Permission.PLATFORM_ADMIN : Permission.AI_ADMIN;
        if (!actor.holds(needed)) {
            throw new PermissionDeniedException(List.of(needed.key()), "all-of");
        }
        if (AiScope.of(actor.organizationId()) != scope) {
            throw new InvalidValueException("scope", scope, "the platform organization configures only GLOBAL");
        }
        return AiScope.configurationIdOf(actor.organizationId());
    }

    /** A configuration or template of another organization is not found; a global one is, but may be refused. */
    private <V> V visible(Object query, Class<V> viewType, String entityType, UUID id) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(viewType)))
                      .orElseThrow(() -> new NotFoundException(entityType, id));
    }

    private static UUID organizationId() {
        return CurrentActor.get().organizationId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
