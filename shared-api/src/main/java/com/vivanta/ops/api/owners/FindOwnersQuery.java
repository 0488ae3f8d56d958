package com.vivanta.ops.api.owners;

import java.util.UUID;

/** A page of the organization's owners matching the filter, most recently registered first. */
public record FindOwnersQuery(UUID organizationId, OwnerFilter filter, int limit, int offset) {
}
