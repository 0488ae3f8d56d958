package com.vivanta.ops.api.access;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A role and the permission keys it grants. */
public record RoleView(UUID id, UUID organizationId, String roleName, String description, Set<String> permissions,
                       Instant createdAt, long version) implements Versioned {

    public RoleView {
        permissions = Set.copyOf(permissions);
    }
}
