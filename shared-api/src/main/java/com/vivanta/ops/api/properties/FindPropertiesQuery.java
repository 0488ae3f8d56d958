package com.vivanta.ops.api.properties;

import java.util.UUID;

/** A page of the organization's properties, newest first. */
public record FindPropertiesQuery(UUID organizationId, PropertyFilter filter, int limit, int offset) {
}
