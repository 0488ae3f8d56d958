package com.vivanta.ops.api.properties;

import java.time.Instant;
import java.util.UUID;

/** Who owns what share of which property, on which terms. */
public record OwnershipView(UUID propertyId, UUID ownerId, Ownership ownership, Instant linkedAt, Instant updatedAt) {
}
