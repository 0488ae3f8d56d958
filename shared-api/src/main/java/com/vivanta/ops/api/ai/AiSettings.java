package com.vivanta.ops.api.ai;

import java.time.Duration;
import java.util.UUID;

/**
 * How one capability is served for one organization, after resolution: the organization's own
 * configuration, else the global default, else the built-in one (local provider, enabled).
 * {@code source} is ORGANIZATION, GLOBAL or BUILT_IN; {@code configId} is null for BUILT_IN. The API key is
 * not here: it never leaves the key store (see the configuration module).
 */
public record AiSettings(AiCapability capability,
                         boolean enabled,
                         AiProviderKind provider,
                         String model,
                         String baseUrl,
                         Duration timeout,
                         String source,
                         UUID configId,
                         PromptTemplate template) {

    /** The prompt a run uses; {@code {{inputJson}}} in the user prompt is replaced with the run's input. */
    public record PromptTemplate(UUID templateId,
                                 String templateKey,
                                 int version,
                                 String systemPrompt,
                                 String userPromptTemplate,
                                 String source) {
    }
}
