package com.vivanta.ops.api.ai;

/** Which implementation serves a capability. */
public enum AiProviderKind {
    /** Deterministic rules inside the application: no network, the default. */
    LOCAL,
    /** Any endpoint speaking OpenAI's chat-completions protocol (OpenAI, Azure, Ollama, vLLM...). */
    OPENAI
}
