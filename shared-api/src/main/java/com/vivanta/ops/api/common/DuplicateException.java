package com.vivanta.ops.api.common;

import java.util.Map;

/** Another entity of the same scope already holds this value, which must be unique (answered as 409). */
public class DuplicateException extends RuleViolationException {

    public static final String CODE = "DUPLICATE";

    public DuplicateException(String field, String value) {
        super(CODE, field + " '" + value + "' is already taken", Map.of("field", field, "value", value));
    }
}
