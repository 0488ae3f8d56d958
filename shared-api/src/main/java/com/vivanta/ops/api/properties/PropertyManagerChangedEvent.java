package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Another user (or nobody, when null) manages the property now. */
@Revision("1")
public record PropertyManagerChangedEvent(UUID propertyId, UUID managerUserId) {
}
