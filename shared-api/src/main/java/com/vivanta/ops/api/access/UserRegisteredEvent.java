package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user joined an organization. Credentials are deliberately absent. */
@Revision("1")
public record UserRegisteredEvent(UUID userId,
                                  UUID organizationId,
                                  String email,
                                  String firstName,
                                  String lastName,
                                  UserType userType,
                                  UserStatus status,
                                  Set<UUID> roleIds) {

    public UserRegisteredEvent {
        roleIds = Set.copyOf(roleIds);
    }
}
