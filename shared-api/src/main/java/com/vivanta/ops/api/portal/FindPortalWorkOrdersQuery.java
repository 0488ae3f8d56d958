package com.vivanta.ops.api.portal;

import java.util.UUID;

/** Work orders of a property the owner holds, created during the ownership. */
public record FindPortalWorkOrdersQuery(PortalScope scope, UUID propertyId, int limit, int offset) {
}
