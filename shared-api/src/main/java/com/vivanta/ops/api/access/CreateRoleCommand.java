package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a role of the sending organization granting the given permissions; its name is unique there. */
public record CreateRoleCommand(@TargetAggregateIdentifier UUID roleId,
                                String roleName,
                                String description,
                                Set<Permission> permissions) {

    public CreateRoleCommand {
        permissions = Set.copyOf(permissions);
    }
}
