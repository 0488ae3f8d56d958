package com.vivanta.ops.api.common;

import java.util.Map;

/**
 * A refusal the domain explains to the caller. The {@link #code()} is stable and machine-readable;
 * the message is for people. Details name the values that led to the refusal.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    protected DomainException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
