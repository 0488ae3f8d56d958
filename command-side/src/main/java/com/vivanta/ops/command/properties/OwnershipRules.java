package com.vivanta.ops.command.properties;

import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.properties.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** What makes a set of ownerships of one property consistent. */
final class OwnershipRules {

    static final String SHARES_EXCEED_WHOLE = "OWNERSHIP_EXCEEDS_100";
    private static final BigDecimal WHOLE = new BigDecimal("100");

    private OwnershipRules() {
    }

    static void requireValid(Ownership ownership) {
        BigDecimal share = ownership.percentage();
        if (share != null && (share.signum() < 0 || share.compareTo(WHOLE) > 0)) {
            throw new InvalidValueException("ownershipPercentage", share, "must be between 0 and 100");
        }
        if (ownership.startDate() != null && ownership.endDate() != null
                && ownership.endDate().isBefore(ownership.startDate())) {
            throw new InvalidValueException("endDate", ownership.endDate(), "must not be before the start date");
        }
        if (ownership.approvalLimit() != null && ownership.approvalLimit().amount().signum() < 0) {
            throw new InvalidValueException("approvalLimit", ownership.approvalLimit().amount(),
                                            "must not be negative");
        }
    }

    /**
     * The shares of all ownerships that run at the same time never add up to more than 100. The total
     * only changes where an ownership starts, so checking the candidate's start and every other start
     * within the candidate's period covers every day.
     */
    static void requireSharesWithinWhole(UUID ownerId, Ownership candidate, Map<UUID, Ownership> existing) {
        List<Ownership> together = new ArrayList<>(candidate.percentage() == null ? List.of() : List.of(candidate));
        existing.forEach((otherOwner, other) -> {
            if (!otherOwner.equals(ownerId) && other.percentage() != null) {
                together.add(other);
            }
        });
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(candidate.startDate() == null ? LocalDate.MIN : candidate.startDate());
        together.stream().map(Ownership::startDate)
                .filter(start -> start != null && candidate.activeOn(start))
                .forEach(changes::add);
        for (LocalDate day : changes) {
            BigDecimal total = together.stream().filter(ownership -> ownership.activeOn(day))
                                       .map(Ownership::percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(WHOLE) > 0) {
                throw new RuleViolationException(
                        SHARES_EXCEED_WHOLE, "Owners would hold " + total.stripTrailingZeros().toPlainString()
                                + "% of the property" + (day.equals(LocalDate.MIN) ? "" : " on " + day),
                        Map.of("total", total.stripTrailingZeros().toPlainString(),
                               "on", day.equals(LocalDate.MIN) ? "always" : day.toString()));
            }
        }
    }
}
