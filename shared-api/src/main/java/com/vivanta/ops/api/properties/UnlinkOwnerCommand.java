package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an ownership recorded by mistake. An ownership that ended gets an end date instead. */
public record UnlinkOwnerCommand(@TargetAggregateIdentifier UUID propertyId, UUID ownerId) {
}
