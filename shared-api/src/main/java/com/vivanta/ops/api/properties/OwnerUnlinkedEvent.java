package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An ownership recorded by mistake was removed. */
@Revision("1")
public record OwnerUnlinkedEvent(UUID propertyId, UUID ownerId) {
}
