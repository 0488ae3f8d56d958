package com.vivanta.ops.api.owners;

import java.util.UUID;

/**
 * One owner of the organization; answers an empty Optional when it is missing or another tenant's. Other
 * slices ask this to check that an owner id they are given belongs to the caller's organization.
 */
public record FindOwnerQuery(UUID organizationId, UUID ownerId) {
}
