package com.vivanta.ops.api.properties;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a unit (a PATCH: {@code null} leaves a value, an empty Optional clears it). */
public record ReviseUnitCommand(@TargetAggregateIdentifier UUID propertyId,
                                UUID unitId,
                                String unitNumber,
                                Optional<UUID> buildingId,
                                Optional<String> floorLabel,
                                Optional<String> unitType,
                                Optional<BigDecimal> squareMeters,
                                Optional<Integer> bedroomCount,
                                Optional<BigDecimal> bathroomCount,
                                OccupancyStatus occupancyStatus) {
}
