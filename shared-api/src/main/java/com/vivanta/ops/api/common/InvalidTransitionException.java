package com.vivanta.ops.api.common;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A status change the entity's lifecycle does not allow from its current status. */
public class InvalidTransitionException extends RuleViolationException {

    public static final String CODE = "INVALID_TRANSITION";

    public InvalidTransitionException(String entityType, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        super(CODE,
              entityType + " cannot change status from " + from + " to " + to,
              Map.of("from", from.name(), "to", to.name(), "allowed", names(allowed)));
    }

    /**
     * A step (an action such as {@code schedule}) the entity cannot take in its current status, for
     * lifecycles whose steps do not each lead to a status of their own.
     */
    public InvalidTransitionException(String entityType, Enum<?> from, String action, Set<String> allowedActions) {
        super(CODE,
              entityType + " in status " + from + " cannot " + action,
              Map.of("from", from.name(), "action", action, "allowedActions", new TreeSet<>(allowedActions)));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(value -> names.add(value.name()));
        return names;
    }
}
