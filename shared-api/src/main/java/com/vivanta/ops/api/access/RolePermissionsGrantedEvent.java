package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The role grants these permissions (keys such as {@code organization.write}) in addition to its others. */
@Revision("1")
public record RolePermissionsGrantedEvent(UUID roleId, UUID organizationId, Set<String> permissions) {

    public RolePermissionsGrantedEvent {
        permissions = Set.copyOf(permissions);
    }
}
