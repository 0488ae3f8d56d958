package com.vivanta.ops.api.portal;

import java.util.UUID;

/** One property the owner holds today; empty otherwise. */
public record FindPortalPropertyQuery(PortalScope scope, UUID propertyId) {
}
