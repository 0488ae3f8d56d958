package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user's roles are now exactly {@code roleIds}. */
@Revision("1")
public record UserRolesReplacedEvent(UUID userId, Set<UUID> previousRoleIds, Set<UUID> roleIds) {

    public UserRolesReplacedEvent {
        previousRoleIds = Set.copyOf(previousRoleIds);
        roleIds = Set.copyOf(roleIds);
    }
}
