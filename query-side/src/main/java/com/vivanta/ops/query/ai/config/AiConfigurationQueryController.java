package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiPromptTemplateView;
import com.vivanta.ops.api.ai.AiProviderConfigView;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.api.ai.FindAiPromptTemplateQuery;
import com.vivanta.ops.api.ai.FindAiPromptTemplatesQuery;
import com.vivanta.ops.api.ai.FindAiProviderConfigQuery;
import com.vivanta.ops.api.ai.FindAiProviderConfigsQuery;
import com.vivanta.ops.api.ai.FindAiSettingsQuery;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequireAnyPermission;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the AI configuration: what serves each capability for the caller's organization, and the provider
 * configurations and prompt templates it may manage (its own) or falls back to (the global ones, read-only
 * to it). Another organization's are never shown.
 */
@RestController
@RequestMapping("/api/v1/ai")
class AiConfigurationQueryController {

    private final QueryGateway queryGateway;

    AiConfigurationQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The resolution of one capability; the API key and the prompt texts are not part of it. */
    record CapabilityView(AiCapability capability, String source, boolean enabled, AiProviderKind provider,
                          String model, UUID configId, String templateKey, int templateVersion,
                          String templateSource) {

        static CapabilityView of(AiSettings settings) {
            return new CapabilityView(settings.capability(), settings.source(), settings.enabled(),
                                      settings.provider(), settings.model(), settings.configId(),
                                      settings.template().templateKey(), settings.template().version(),
                                      settings.template().source());
        }
    }

    @GetMapping("/capabilities")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<List<CapabilityView>> capabilities() {
        UUID organizationId = CurrentActor.get().organizationId();
        return ApiResponse.ofAll(Arrays.stream(AiCapability.values())
                                       .map(capability -> Futures.join(queryGateway.query(
                                               new FindAiSettingsQuery(organizationId, capability),
                                               ResponseTypes.instanceOf(AiSettings.class))))
                                       .map(CapabilityView::of)
                                       .toList());
    }

    @GetMapping("/provider-configs")
    @RequireAnyPermission({Permission.AI_ADMIN, Permission.PLATFORM_ADMIN})
    ApiResponse<List<AiProviderConfigView>> providerConfigs() {
        return ApiResponse.ofAll(Futures.join(queryGateway.query(
                new FindAiProviderConfigsQuery(CurrentActor.get().organizationId()),
                ResponseTypes.multipleInstancesOf(AiProviderConfigView.class))));
    }

    @GetMapping("/provider-configs/{configId}")
    @RequireAnyPermission({Permission.AI_ADMIN, Permission.PLATFORM_ADMIN})
    ApiResponse<AiProviderConfigView> providerConfig(@PathVariable UUID configId) {
        return ApiResponse.of(Futures.join(queryGateway.query(
                        new FindAiProviderConfigQuery(CurrentActor.get().organizationId(), configId),
                        ResponseTypes.optionalInstanceOf(AiProviderConfigView.class)))
                                     .orElseThrow(() -> new NotFoundException("AiProviderConfig", configId)));
    }

    @GetMapping("/prompt-templates")
    @RequireAnyPermission({Permission.AI_ADMIN, Permission.PLATFORM_ADMIN})
    ApiResponse<List<AiPromptTemplateView>> promptTemplates(@RequestParam(required = false) AiCapability capability,
                                                           @RequestParam(required = false) Boolean active,
                                                           @RequestParam(required = false) String templateKey) {
        return ApiResponse.ofAll(Futures.join(queryGateway.query(
                new FindAiPromptTemplatesQuery(CurrentActor.get().organizationId(), capability, active, templateKey),
                ResponseTypes.multipleInstancesOf(AiPromptTemplateView.class))));
    }

    @GetMapping("/prompt-templates/{templateId}")
    @RequireAnyPermission({Permission.AI_ADMIN, Permission.PLATFORM_ADMIN})
    ApiResponse<AiPromptTemplateView> promptTemplate(@PathVariable UUID templateId) {
        return ApiResponse.of(Futures.join(queryGateway.query(
                        new FindAiPromptTemplateQuery(CurrentActor.get().organizationId(), templateId),
                        ResponseTypes.optionalInstanceOf(AiPromptTemplateView.class)))
                                     .orElseThrow(() -> new NotFoundException("AiPromptTemplate", templateId)));
    }
}
