package com.vivanta.ops.api.access;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a user (a PATCH): {@code null} leaves a value as it is; {@code ownerId} is an Optional so that
 * "leave" and "unlink" ({@code Optional.empty()}) stay distinct. All changes of one request are one
 * command, so they succeed or fail together.
 */
public record ReviseUserCommand(@TargetAggregateIdentifier UUID userId,
                                String email,
                                String firstName,
                                String lastName,
                                UserType userType,
                                Optional<UUID> ownerId,
                                UserStatus status,
                                String passwordHash) {

    @Override
    public String toString() {
        return "ReviseUserCommand[userId=" + userId + ", status=" + status + ", passwordChanged="
                + (passwordHash != null) + "]";
    }
}
