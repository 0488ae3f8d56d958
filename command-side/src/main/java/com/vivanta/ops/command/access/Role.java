package com.vivanta.ops.command.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A named set of permissions within one organization; the name is unique there. */
@Aggregate
class Role extends OrganizationOwnedAggregate {

    @AggregateIdentifier
    private UUID roleId;

    Role() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Role(CreateRoleCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        UUID organization = CommandMetadata.organizationId(metaData);
        if (!WellKnownOrganizations.PLATFORM.equals(organization)) {
            command.permissions().stream().filter(Permission::platformOnly).findFirst().ifPresent(permission -> {
                throw new InvalidReferenceException("permissions", permission.key(),
                                                    "only the platform operator may hold this permission");
            });
        }
        uniqueKeys.claim(UniqueKey.within(organization, "role-name", command.roleName(), "roleName"), command.roleId());
        apply(new RoleCreatedEvent(command.roleId(), organization, command.roleName().trim(),
                                   command.description(),
                                   command.permissions().stream().map(Permission::key).collect(Collectors.toSet())));
    }

    @EventSourcingHandler
    void on(RoleCreatedEvent event) {
        roleId = event.roleId();
        organizationId = event.organizationId();
    }

    @Override
    protected String entityType() {
        return "Role";
    }

    @Override
    protected UUID id() {
        return roleId;
    }
}
