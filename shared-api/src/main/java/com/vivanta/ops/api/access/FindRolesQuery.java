package com.vivanta.ops.api.access;

import java.util.UUID;

/** Every role of the organization, by name. */
public record FindRolesQuery(UUID organizationId) {
}
