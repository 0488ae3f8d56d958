package com.vivanta.ops.api.common;

/**
 * A command names another entity that does not exist in the caller's organization (or may not be used
 * there).
 */
public class InvalidReferenceException extends InvalidInputException {

    public static final String CODE = "INVALID_REFERENCE";

    public InvalidReferenceException(String field, Object value, String reason) {
        super(CODE, field, value, reason);
    }
}
