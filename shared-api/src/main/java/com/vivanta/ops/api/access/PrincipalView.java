package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;

/** A user's identity, status and effective permission keys. {@code ownerId} is set for owner portal users. */
public record PrincipalView(UUID userId,
                            UUID organizationId,
                            String email,
                            UserType userType,
                            UserStatus status,
                            UUID ownerId,
                            Set<String> permissions) {

    public PrincipalView {
        permissions = Set.copyOf(permissions);
    }
}
