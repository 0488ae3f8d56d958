package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a user in the sending organization with the given roles. {@code passwordHash} (bcrypt) is
 * kept in the credential store and never enters the event stream.
 */
public record RegisterUserCommand(@TargetAggregateIdentifier UUID userId,
                                  String email,
                                  String firstName,
                                  String lastName,
                                  UserType userType,
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
