package com.vivanta.ops.api.portal;

import java.util.UUID;

/** The owner record a portal user stands for; empty when it does not exist in the organization. */
public record FindPortalOwnerQuery(UUID organizationId, UUID ownerId) {
}
