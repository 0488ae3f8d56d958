package com.vivanta.ops.command.ai.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSettings;

/**
 * One question to a provider: the rendered prompts for remote models and the structured input, which
 * the local provider reads directly. {@code apiKey} is null when none is configured.
 */
public record AiRequest(AiCapability capability,
                        AiSettings settings,
                        String apiKey,
                        String systemPrompt,
                        String userPrompt,
                        ObjectNode input) {

    @Override
    public String toString() {
        // The key must never reach a log line.
        return "AiRequest[" + capability + ", " + settings.provider() + " " + settings.model() + "]";
    }
}
