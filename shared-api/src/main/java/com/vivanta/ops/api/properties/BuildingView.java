package com.vivanta.ops.api.properties;

import java.time.Instant;
import java.util.UUID;

public record BuildingView(UUID id, UUID propertyId, String name, String buildingCode, Instant createdAt,
                           Instant updatedAt) {
}
