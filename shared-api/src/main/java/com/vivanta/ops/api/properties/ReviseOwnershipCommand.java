package com.vivanta.ops.api.properties;

import com.vivanta.ops.api.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the terms of an ownership (a PATCH: {@code null} leaves a term, an empty Optional clears it). */
public record ReviseOwnershipCommand(@TargetAggregateIdentifier UUID propertyId,
                                     UUID ownerId,
                                     Optional<BigDecimal> percentage,
                                     Optional<LocalDate> startDate,
                                     Optional<LocalDate> endDate,
                                     Boolean primaryContact,
                                     Optional<Money> approvalLimit) {
}
