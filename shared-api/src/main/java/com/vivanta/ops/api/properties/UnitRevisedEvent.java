package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Something about the unit changed; number and details as they now are. */
@Revision("1")
public record UnitRevisedEvent(UUID propertyId, UUID unitId, String unitNumber, UnitDetails details) {
}
