package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A role was created; {@code permissions} holds permission keys such as {@code case.read}. */
@Revision("1")
public record RoleCreatedEvent(UUID roleId,
                               UUID organizationId,
                               String roleName,
                               String description,
                               Set<String> permissions) {

    public RoleCreatedEvent {
        permissions = Set.copyOf(permissions);
    }
}
