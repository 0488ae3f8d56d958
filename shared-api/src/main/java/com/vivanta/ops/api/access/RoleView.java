package com.vivanta.ops.api.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A role and the permission keys it grants. */
public record RoleView(UUID id, UUID organizationId, String roleName, String description, Set<String> permissions,
                       Instant createdAt) {

    public RoleView {
        permissions = Set.copyOf(permissions);
    }
}
