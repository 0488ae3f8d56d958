package com.vivanta.ops.api.portal;

import java.util.UUID;

/** Cases of a property the owner holds, opened during the ownership and with an owner-visible status. */
public record FindPortalCasesQuery(PortalScope scope, UUID propertyId, int limit, int offset) {
}
