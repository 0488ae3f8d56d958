package com.vivanta.ops.api.ai;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes parts of one provider configuration (a PATCH): {@code null} leaves a value as it is; the clearable
 * ones are {@link Optional}s, empty to clear. {@code apiKey} is the secret, stored apart and never in an event.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record ReviseAiProviderConfigCommand(@TargetAggregateIdentifier UUID configurationId,
                                            UUID configId,
                                            Boolean enabled,
                                            AiProviderKind provider,
                                            String model,
                                            Optional<String> baseUrl,
                                            Duration timeout,
                                            Optional<String> apiKey) {

    /** Never shows the key, should the command ever be logged. */
    @Override
    public String toString() {
        return "ReviseAiProviderConfigCommand[configurationId=" + configurationId + ", configId=" + configId
                + ", enabled=" + enabled + ", provider=" + provider + ", model=" + model + ", baseUrl=" + baseUrl
                + ", timeout=" + timeout + ", apiKey="
                + (apiKey == null ? "unchanged" : apiKey.isEmpty() ? "cleared" : "****") + "]";
    }
}
