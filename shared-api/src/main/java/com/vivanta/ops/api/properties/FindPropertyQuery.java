package com.vivanta.ops.api.properties;

import java.util.UUID;

/** One property of the organization; an empty Optional when missing or another tenant's. */
public record FindPropertyQuery(UUID organizationId, UUID propertyId) {
}
