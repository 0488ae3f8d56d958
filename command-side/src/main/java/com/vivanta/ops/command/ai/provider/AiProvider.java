package com.vivanta.ops.command.ai.provider;

import com.vivanta.ops.api.ai.AiProviderKind;

/**
 * Something that answers a capability's prompt with JSON text. The answer is checked against the
 * capability's schema by the caller, so a provider only has to return what it got.
 */
public interface AiProvider {

    AiProviderKind kind();

    /**
     * @return the raw answer, expected to be one JSON object
     * @throws AiProviderFailure when no answer came: HTTP error, timeout, refused connection
     */
    String ask(AiRequest request);
}
