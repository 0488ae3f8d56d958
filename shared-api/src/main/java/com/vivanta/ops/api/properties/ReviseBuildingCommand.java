package com.vivanta.ops.api.properties;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a building or changes its code (a PATCH: {@code null} leaves, empty clears). */
public record ReviseBuildingCommand(@TargetAggregateIdentifier UUID propertyId, UUID buildingId,
                                    Optional<String> name, Optional<String> buildingCode) {
}
