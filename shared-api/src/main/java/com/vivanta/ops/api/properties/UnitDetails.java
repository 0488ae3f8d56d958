package com.vivanta.ops.api.properties;

import java.math.BigDecimal;
import java.util.UUID;

/** What describes a unit besides its number; everything is optional but the occupancy. */
public record UnitDetails(UUID buildingId,
                          String floorLabel,
                          String unitType,
                          BigDecimal squareMeters,
                          Integer bedroomCount,
                          BigDecimal bathroomCount,
                          OccupancyStatus occupancyStatus) {
}
