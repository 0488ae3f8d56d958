package com.vivanta.ops.api.common;

import java.util.Map;

/**
 * A command names another entity that does not exist in the caller's organization (or may not be used
 * there). Answered as a 400 that names the offending field.
 */
public class InvalidReferenceException extends DomainException {

    public static final String CODE = "INVALID_REFERENCE";

    private final String field;

    public InvalidReferenceException(String field, Object value, String reason) {
        super(CODE, field + ": " + reason, Map.of("field", field, "value", String.valueOf(value)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
