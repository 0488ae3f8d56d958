package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A property joined the organization's portfolio. */
@Revision("1")
public record PropertyRegisteredEvent(UUID propertyId,
                                      UUID organizationId,
                                      String propertyCode,
                                      String name,
                                      Address address,
                                      PropertyType propertyType,
                                      PropertyStatus status,
                                      UUID managerUserId) {
}
