package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.UserType;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user a request acts for, with the permissions the user holds at this moment.
 * {@code ownerId} is the owner an OWNER user stands for (the owner portal); null for everyone else.
 */
public record Actor(UUID userId, UUID organizationId, String email, UserType userType, UUID ownerId,
                    Set<String> permissions) {

    public Actor {
        permissions = Set.copyOf(permissions);
    }

    /** An owner portal user: an OWNER user tied to an owner record. */
    public boolean isPortalOwner() {
        return userType == UserType.OWNER && ownerId != null;
    }

    public boolean holds(Permission permission) {
        return permissions.contains(permission.key());
    }
}
