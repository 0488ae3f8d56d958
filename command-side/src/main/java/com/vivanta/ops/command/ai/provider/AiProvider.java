package com.vivanta.ops.command.ai.provider;

import com.vivanta.ops.api.ai.AiProviderKind;

/**
 * Something that answers a capability's prompt with JSON text. The answer is checked against the
 * capability's schema by the caller, so a provider only has to return what it got.
 */
public interface AiProvider {

    AiProviderKind kind();

    /**
     * Whether answers are worked out in this JVM, without waiting on anything: such a run is asked and recorded
     * in one go, with no moment in which it would be worth showing as running.
     */
    default boolean answersInProcess() {
        return false;
    }

    /**
     * @return the raw answer, expected to be one JSON object
     * @throws AiProviderFailure when no answer came: HTTP error, timeout, refused connection
     */
    String ask(AiRequest request);
}
