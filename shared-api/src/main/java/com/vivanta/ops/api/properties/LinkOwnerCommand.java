package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an owner holds (a share of) the property on the given terms. */
public record LinkOwnerCommand(@TargetAggregateIdentifier UUID propertyId, UUID ownerId, Ownership ownership) {
}
