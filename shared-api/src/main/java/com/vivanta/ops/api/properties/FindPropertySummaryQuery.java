package com.vivanta.ops.api.properties;

import java.util.UUID;

public record FindPropertySummaryQuery(UUID organizationId, UUID propertyId) {
}
