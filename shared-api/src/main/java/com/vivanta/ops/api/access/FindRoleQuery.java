package com.vivanta.ops.api.access;

import java.util.UUID;

/** One role of the organization; an empty Optional when missing or another tenant's. */
public record FindRoleQuery(UUID organizationId, UUID roleId) {
}
