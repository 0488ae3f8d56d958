package com.vivanta.ops.api.properties;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a property (a PATCH): {@code null} leaves a value as it is; the address parts and the manager
 * are {@link Optional}s so that "leave it" and "clear it" ({@code Optional.empty()}) stay distinct.
 * Status may move between ACTIVE and INACTIVE here; archiving has its own command.
 */
public record RevisePropertyCommand(@TargetAggregateIdentifier UUID propertyId,
                                    String propertyCode,
                                    String name,
                                    Optional<String> street,
                                    Optional<String> city,
                                    Optional<String> postalCode,
                                    Optional<String> countryCode,
                                    PropertyType propertyType,
                                    PropertyStatus status,
                                    Optional<UUID> managerUserId) {
}
