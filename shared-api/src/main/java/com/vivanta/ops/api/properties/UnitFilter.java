package com.vivanta.ops.api.properties;

import java.util.UUID;

/** Criteria for listing a property's units; {@code search} looks at the number and the floor. */
public record UnitFilter(OccupancyStatus occupancyStatus, UUID buildingId, String search) {
}
