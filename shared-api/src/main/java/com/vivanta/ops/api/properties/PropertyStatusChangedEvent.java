package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The property became ACTIVE or INACTIVE. */
@Revision("1")
public record PropertyStatusChangedEvent(UUID propertyId, PropertyStatus previousStatus, PropertyStatus status) {
}
