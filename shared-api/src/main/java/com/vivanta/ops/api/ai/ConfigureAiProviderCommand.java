package com.vivanta.ops.api.ai;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * States the whole provider configuration of one capability in one scope, replacing any earlier one (which
 * keeps its id). {@code configId} is used only if the capability has no configuration yet. {@code apiKey}
 * is the secret the provider is called with, or null for none; it is stored apart and never enters an event.
 */
public record ConfigureAiProviderCommand(@TargetAggregateIdentifier UUID configurationId,
                                         UUID configId,
                                         AiCapability capability,
                                         boolean enabled,
                                         AiProviderKind provider,
                                         String model,
                                         String baseUrl,
                                         Duration timeout,
                                         String apiKey) {

    /** Never shows the key, should the command ever be logged. */
    @Override
    public String toString() {
        return "ConfigureAiProviderCommand[configurationId=" + configurationId + ", configId=" + configId
                + ", capability=" + capability + ", enabled=" + enabled + ", provider=" + provider + ", model="
                + model + ", baseUrl=" + baseUrl + ", timeout=" + timeout + ", apiKey="
                + (apiKey == null ? "none" : "****") + "]";
    }
}
