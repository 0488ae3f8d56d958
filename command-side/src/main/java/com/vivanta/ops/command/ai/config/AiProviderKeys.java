package com.vivanta.ops.command.ai.config;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until the AI configuration branch lands: no keys are configured. */
@Component
public class AiProviderKeys {

    public Optional<String> keyOf(UUID configId) {
        return Optional.empty();
    }
}
