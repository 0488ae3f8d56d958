package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a unit to a property; the number must be unique within the property, the building its own. */
public record AddUnitCommand(@TargetAggregateIdentifier UUID propertyId, UUID unitId, String unitNumber,
                             UnitDetails details) {
}
