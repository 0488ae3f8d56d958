package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The building's name or code changed; both as they now are. */
@Revision("1")
public record BuildingRevisedEvent(UUID propertyId, UUID buildingId, String name, String buildingCode) {
}
