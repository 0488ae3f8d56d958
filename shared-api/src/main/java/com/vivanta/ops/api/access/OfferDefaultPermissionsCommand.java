package com.vivanta.ops.api.access;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a standard role (admin, operations, ...) grants by default today. The role takes up only the
 * permissions it was never offered before, those added to the catalogue or to its defaults since it was
 * created, so an organization made before them gets them too.
 */
public record OfferDefaultPermissionsCommand(@TargetAggregateIdentifier UUID roleId, Set<Permission> permissions) {

    public OfferDefaultPermissionsCommand {
        permissions = Set.copyOf(permissions);
    }
}
