package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a work order's details, due time or cost; not once it is completed or cancelled. Optionals
 * follow the PATCH convention (null = leave, empty = clear, full = set); {@code title} is null to leave
 * it. A raised not-to-exceed is measured against {@code ownerApprovalLimit} (null when none applies).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record ReviseWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId,
                                     String title,
                                     Optional<String> description,
                                     Optional<String> trade,
                                     Optional<Instant> slaDueAt,
                                     Optional<Money> estimate,
                                     Optional<Money> notToExceed,
                                     OwnerApprovalLimit ownerApprovalLimit) {
}
