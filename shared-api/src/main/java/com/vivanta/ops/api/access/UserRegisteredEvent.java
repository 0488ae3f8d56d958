package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user joined an organization. Credentials are deliberately absent. Revision 2 added {@code ownerId};
 * revision 1 payloads are upcast with none.
 */
@Revision("2")
public record UserRegisteredEvent(UUID userId,
                                  UUID organizationId,
                                  String email,
                                  String firstName,
                                  String lastName,
                                  UserType userType,
                                  UserStatus status,
                                  UUID ownerId,
                                  Set<UUID> roleIds) {

    public UserRegisteredEvent {
        roleIds = Set.copyOf(roleIds);
    }
}
