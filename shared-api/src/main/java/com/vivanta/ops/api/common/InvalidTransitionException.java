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

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(value -> names.add(value.name()));
        return names;
    }
}
