package com.vivanta.ops.api.common;

/** A value that is well-formed but not acceptable to the domain, e.g. an end date before the start. */
public class InvalidValueException extends InvalidInputException {

    public static final String CODE = "INVALID_VALUE";

    public InvalidValueException(String field, Object value, String reason) {
        super(CODE, field, value, reason);
    }
}
