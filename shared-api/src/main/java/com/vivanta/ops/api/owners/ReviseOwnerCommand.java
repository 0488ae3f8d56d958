package com.vivanta.ops.api.owners;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes an owner (a PATCH). Every field is optional: {@code null} leaves the value as it is. The
 * clearable fields are {@link Optional}s so that "leave it" ({@code null}) and "clear it"
 * ({@code Optional.empty()}) stay distinct.
 */
public record ReviseOwnerCommand(@TargetAggregateIdentifier UUID ownerId,
                                 String displayName,
                                 Optional<String> email,
                                 Optional<String> phone,
                                 Boolean isCompany,
                                 OwnerStatus status) {
}
