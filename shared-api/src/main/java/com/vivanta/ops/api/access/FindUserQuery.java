package com.vivanta.ops.api.access;

import java.util.UUID;

/** One user of the organization; answers an empty Optional when missing or another tenant's. */
public record FindUserQuery(UUID organizationId, UUID userId) {
}
