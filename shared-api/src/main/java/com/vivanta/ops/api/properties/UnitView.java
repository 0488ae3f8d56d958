package com.vivanta.ops.api.properties;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record UnitView(UUID id,
                       UUID propertyId,
                       UUID buildingId,
                       String unitNumber,
                       String floorLabel,
                       String unitType,
                       BigDecimal squareMeters,
                       Integer bedroomCount,
                       BigDecimal bathroomCount,
                       OccupancyStatus occupancyStatus,
                       Instant createdAt,
                       Instant updatedAt) {
}
