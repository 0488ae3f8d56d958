package com.vivanta.ops.api.access;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as operators see it; never holds credentials. */
public record UserView(UUID id,
                       UUID organizationId,
                       String email,
                       String firstName,
                       String lastName,
                       UserType userType,
                       UserStatus status,
                       UUID ownerId,
                       Set<UUID> roleIds,
                       Instant lastLoginAt,
                       Instant createdAt,
                       Instant updatedAt,
                       long version) implements Versioned {
}
