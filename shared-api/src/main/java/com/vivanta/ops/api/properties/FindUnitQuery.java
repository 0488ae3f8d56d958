package com.vivanta.ops.api.properties;

import java.util.UUID;

/** One unit of one property of the organization; an empty Optional otherwise. */
public record FindUnitQuery(UUID organizationId, UUID propertyId, UUID unitId) {
}
