package com.vivanta.ops.api.properties;

import java.util.UUID;

/** A page of a property's units, oldest first; empty when the property is not the organization's. */
public record FindUnitsQuery(UUID organizationId, UUID propertyId, UnitFilter filter, int limit, int offset) {
}
