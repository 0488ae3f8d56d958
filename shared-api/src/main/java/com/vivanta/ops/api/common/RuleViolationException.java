package com.vivanta.ops.api.common;

import java.util.Map;

/** A command that is well-formed but not allowed in the entity's current state (answered as 409). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
