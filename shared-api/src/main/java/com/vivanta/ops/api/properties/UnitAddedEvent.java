package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitAddedEvent(UUID propertyId, UUID unitId, String unitNumber, UnitDetails details) {
}
