package com.vivanta.ops.command.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.OfferDefaultPermissionsCommand;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.access.RolePermissionsGrantedEvent;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.HashSet;
import java.util.Set;
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
    /**
     * Every permission the role was ever given, by its creation or by an offer of defaults: an offer
     * never gives one twice, so it adds only what is new to the catalogue or to the defaults.
     */
    private final Set<String> offered = new HashSet<>();

    Role() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Role(CreateRoleCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        UUID organization = CommandMetadata.organizationId(metaData);
        refusePlatformOnly(organization, command.permissions());
        uniqueKeys.claim(UniqueKey.within(organization, "role-name", command.roleName(), "roleName"), command.roleId());
        apply(new RoleCreatedEvent(command.roleId(), organization, command.roleName().trim(),
                                   command.description(), keys(command.permissions())));
    }

    @CommandHandler
    void handle(OfferDefaultPermissionsCommand command) {
        refusePlatformOnly(organizationId, command.permissions());
        Set<String> fresh = keys(command.permissions());
        fresh.removeAll(offered);
        if (!fresh.isEmpty()) {
            apply(new RolePermissionsGrantedEvent(roleId, organizationId, fresh));
        }
    }

    @EventSourcingHandler
    void on(RoleCreatedEvent event) {
        roleId = event.roleId();
        organizationId = event.organizationId();
        offered.addAll(event.permissions());
    }

    @EventSourcingHandler
    void on(RolePermissionsGrantedEvent event) {
        offered.addAll(event.permissions());
    }

    /** Only the platform organization's roles may grant what reaches across organizations. */
    private static void refusePlatformOnly(UUID organization, Set<Permission> permissions) {
        if (!WellKnownOrganizations.PLATFORM.equals(organization)) {
            permissions.stream().filter(Permission::platformOnly).findFirst().ifPresent(permission -> {
                throw new InvalidReferenceException("permissions", permission.key(),
                                                    "only the platform operator may hold this permission");
            });
        }
    }

    private static Set<String> keys(Set<Permission> permissions) {
        return permissions.stream().map(Permission::key).collect(Collectors.toCollection(HashSet::new));
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
