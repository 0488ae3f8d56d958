package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyType;
import java.time.Instant;
import java.util.UUID;

/** A property the owner holds today, with the owner's own terms. */
public record PortalPropertyView(UUID id,
                                 String propertyCode,
                                 String name,
                                 Address address,
                                 PropertyType propertyType,
                                 PropertyStatus status,
                                 PortalOwnershipTerms ownership,
                                 Instant updatedAt) {
}
