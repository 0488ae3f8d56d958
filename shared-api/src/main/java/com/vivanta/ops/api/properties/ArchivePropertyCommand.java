package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a property instead of deleting it; {@code reason} is optional. */
public record ArchivePropertyCommand(@TargetAggregateIdentifier UUID propertyId, String reason) {
}
