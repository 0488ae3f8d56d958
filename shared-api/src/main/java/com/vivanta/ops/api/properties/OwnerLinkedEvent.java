package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An owner holds (a share of) the property on these terms. */
@Revision("1")
public record OwnerLinkedEvent(UUID propertyId, UUID ownerId, Ownership ownership) {
}
