package com.vivanta.ops.api.organization;

import java.util.UUID;

/** One organization by id; answers an empty Optional when it does not exist. */
public record FindOrganizationQuery(UUID organizationId) {
}
