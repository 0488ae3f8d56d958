package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a user in the sending organization with the given roles. The e-mail must be unique within
 * the organization. {@code ownerId} ties a user of type OWNER to an owner record (portal access).
 * {@code passwordHash} (bcrypt, nullable: no password yet) goes to the credential store and never into
 * the event stream. {@code status} defaults to ACTIVE.
 */
public record RegisterUserCommand(@TargetAggregateIdentifier UUID userId,
                                  String email,
                                  String firstName,
                                  String lastName,
                                  UserType userType,
                                  UserStatus status,
                                  UUID ownerId,
                                  Set<UUID> roleIds,
                                  String passwordHash) {

    public RegisterUserCommand {
        roleIds = Set.copyOf(roleIds);
    }

    @Override
    public String toString() {
        // Records print every component; a password hash must not reach logs.
        return "RegisterUserCommand[userId=" + userId + ", email=" + email + ", userType=" + userType
                + ", roleIds=" + roleIds + "]";
    }
}
