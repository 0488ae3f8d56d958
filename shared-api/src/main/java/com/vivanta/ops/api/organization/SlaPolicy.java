package com.vivanta.ops.api.organization;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long work of each priority may take before it is overdue, per organization. Work orders take
 * their due time from it when none is given. Every priority has a target of at least a minute and at
 * most a year.
 */
public record SlaPolicy(Map<CasePriority, Duration> resolutionTargets) {

    // Declared before DEFAULT: static fields initialise in source order and DEFAULT's construction checks them.
    public static final Duration SHORTEST_TARGET = Duration.ofMinutes(1);
    public static final Duration LONGEST_TARGET = Duration.ofDays(365);

    /** The targets an organization has until it sets its own: common practice in residential management. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(Map.of(CasePriority.URGENT, Duration.ofHours(4),
                                                                 CasePriority.HIGH, Duration.ofHours(24),
                                                                 CasePriority.NORMAL, Duration.ofHours(72),
                                                                 CasePriority.LOW, Duration.ofDays(7)));

    public SlaPolicy {
        Objects.requireNonNull(resolutionTargets, "resolutionTargets");
        EnumMap<CasePriority, Duration> copy = new EnumMap<>(CasePriority.class);
        for (CasePriority priority : CasePriority.values()) {
            Duration target = resolutionTargets.get(priority);
            refusalOf(target).ifPresent(reason -> {
                throw new IllegalArgumentException("the target for " + priority + " " + reason);
            });
            copy.put(priority, target);
        }
        resolutionTargets = Collections.unmodifiableMap(copy);
    }

    /** The targets, read-only, in priority order (LOW first): how they are shown and stored. */
    public static Map<CasePriority, Duration> inPriorityOrder(Map<CasePriority, Duration> targets) {
        EnumMap<CasePriority, Duration> ordered = new EnumMap<>(CasePriority.class);
        ordered.putAll(targets);
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Why {@code target} cannot be a priority's resolution target, or empty when it can: the one statement
     * of the rule, for the aggregate to name the offending field and for this record to guard itself.
     */
    public static Optional<String> refusalOf(Duration target) {
        if (target == null) {
            return Optional.of("is required");
        }
        if (target.compareTo(SHORTEST_TARGET) < 0 || target.compareTo(LONGEST_TARGET) > 0) {
            return Optional.of("must lie between " + SHORTEST_TARGET.toMinutes() + " minute and "
                                       + LONGEST_TARGET.toDays() + " days");
        }
        return Optional.empty();
    }

    public Duration targetFor(CasePriority priority) {
        return resolutionTargets.get(priority);
    }
}
