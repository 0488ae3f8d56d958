package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.UserType;
import java.util.Set;
import java.util.UUID;

/** The signed-in user a request acts for, with the permissions the user holds at this moment. */
public record Actor(UUID userId, UUID organizationId, String email, UserType userType, Set<String> permissions) {

    public Actor {
        permissions = Set.copyOf(permissions);
    }

    public boolean holds(Permission permission) {
        return permissions.contains(permission.key());
    }
}
