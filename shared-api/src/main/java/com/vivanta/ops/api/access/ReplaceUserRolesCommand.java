package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the user exactly these roles of the organization (possibly none). */
public record ReplaceUserRolesCommand(@TargetAggregateIdentifier UUID userId, Set<UUID> roleIds) {

    public ReplaceUserRolesCommand {
        roleIds = Set.copyOf(roleIds);
    }
}
