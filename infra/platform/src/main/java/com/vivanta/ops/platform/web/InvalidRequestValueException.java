package com.vivanta.ops.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A request value that is well-formed JSON but not acceptable, with the reason to tell the caller. */
class InvalidRequestValueException extends InvalidFormatException {

    private final String reason;

    InvalidRequestValueException(JsonParser parser, Object value, Class<?> targetType, String reason) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
