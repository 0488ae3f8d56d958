package com.vivanta.ops.api.common;

import java.util.Map;

/**
 * A command holds a value that the domain refuses for a reason it can name, on one field of the request
 * (answered as 400 naming that field).
 */
public abstract class InvalidInputException extends DomainException {

    private final String field;

    protected InvalidInputException(String code, String field, Object value, String reason) {
        super(code, field + ": " + reason, Map.of("field", field, "value", String.valueOf(value)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
