package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BuildingAddedEvent(UUID propertyId, UUID buildingId, String name, String buildingCode) {
}
