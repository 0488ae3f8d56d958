package com.vivanta.ops.command.ai;

import com.vivanta.ops.api.common.InvalidValueException;

/** The value checks the AI aggregates share: what a provider or an operator sent must be present and in range. */
final class AiChecks {

    private AiChecks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, value, "is required");
        }
        return value;
    }

    /** A confidence or score: from 0 to 1. */
    static void requireFraction(double value, String field) {
        // Written so that NaN fails too.
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidValueException(field, value, "must be between 0 and 1");
        }
    }
}
