package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a building to a property; its code, when given, must be unique within the property. */
public record AddBuildingCommand(@TargetAggregateIdentifier UUID propertyId, UUID buildingId, String name,
                                 String buildingCode) {
}
