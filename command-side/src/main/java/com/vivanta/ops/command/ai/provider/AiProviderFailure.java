package com.vivanta.ops.command.ai.provider;

/**
 * A provider gave no usable answer. {@code code} is the run's failure code (AI_TIMEOUT, AI_PROVIDER_ERROR,
 * AI_MALFORMED_OUTPUT); the message says what happened and never contains a key.
 */
public class AiProviderFailure extends RuntimeException {

    public static final String TIMEOUT = "AI_TIMEOUT";
    public static final String PROVIDER_ERROR = "AI_PROVIDER_ERROR";
    public static final String MALFORMED_OUTPUT = "AI_MALFORMED_OUTPUT";

    private final String code;

    public AiProviderFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
