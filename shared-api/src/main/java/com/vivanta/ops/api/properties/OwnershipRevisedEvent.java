package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The terms of an ownership changed; all of them as they now are. */
@Revision("1")
public record OwnershipRevisedEvent(UUID propertyId, UUID ownerId, Ownership ownership) {
}
