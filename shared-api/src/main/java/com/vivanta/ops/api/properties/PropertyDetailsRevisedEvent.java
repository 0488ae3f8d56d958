package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The property's code, name, address or type changed; the event holds them as they now are. */
@Revision("1")
public record PropertyDetailsRevisedEvent(UUID propertyId, String propertyCode, String name, Address address,
                                          PropertyType propertyType) {
}
