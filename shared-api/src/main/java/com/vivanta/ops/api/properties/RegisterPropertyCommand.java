package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a property of the sending organization; its code must be unique there. */
public record RegisterPropertyCommand(@TargetAggregateIdentifier UUID propertyId,
                                      String propertyCode,
                                      String name,
                                      Address address,
                                      PropertyType propertyType,
                                      PropertyStatus status,
                                      UUID managerUserId) {
}
