package com.vivanta.ops.api.properties;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * A property as operators see it. {@code version} is the sequence number of the property's last event
 * of any kind, including those about its buildings, units and owners.
 */
public record PropertyView(UUID id,
                           UUID organizationId,
                           String propertyCode,
                           String name,
                           String street,
                           String city,
                           String postalCode,
                           String countryCode,
                           PropertyStatus status,
                           PropertyType propertyType,
                           UUID managerUserId,
                           Instant createdAt,
                           Instant updatedAt,
                           long version) implements Versioned {
}
