package com.vivanta.ops.api.properties;

import java.util.UUID;

/** Every building of a property of the organization, oldest first; empty when the property is not theirs. */
public record FindBuildingsQuery(UUID organizationId, UUID propertyId) {
}
