package com.vivanta.ops.command.access;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.FindRoleQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.OfferDefaultPermissionsCommand;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.organization.OrganizationDirectory;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Sets up an organization with its default roles and its first administrator. Each step is skipped
 * when its aggregate already has events, so running it again (at every start, or on two nodes at
 * once) never creates anything twice. Organizations set up before a permission joined the defaults
 * get it through {@link #offerCurrentDefaults()}.
 */
@Service
public class OrganizationProvisioning {

    private static final Logger log = LoggerFactory.getLogger(OrganizationProvisioning.class);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final PasswordEncoder passwordEncoder;
    private final ReadYourWrites readYourWrites;
    private final OrganizationDirectory organizations;

    OrganizationProvisioning(CommandGateway commandGateway, EventStore eventStore, PasswordEncoder passwordEncoder,
                             ReadYourWrites readYourWrites, OrganizationDirectory organizations) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.passwordEncoder = passwordEncoder;
        this.readYourWrites = readYourWrites;
        this.organizations = organizations;
    }

    /** The first administrator of a new organization. */
    public record FirstAdmin(UUID userId, String email, String password, String firstName, String lastName) {

        @Override
        public String toString() {
            return "FirstAdmin[userId=" + userId + ", email=" + email + "]";
        }
    }

    /**
     * A tenant with the four standard roles and an administrator holding the admin role. Answers once
     * the administrator can sign in with those roles (or the read models lag beyond the bound).
     */
    public Provisioned provisionTenant(UUID organizationId, String name, String slug, FirstAdmin admin,
                                       String actor) {
        return provision(organizationId, name, slug, DefaultRoles.ADMIN, admin, actor);
    }

    /** The platform organization and its operator, who alone may act across organizations. */
    Provisioned provisionPlatform(FirstAdmin operator, String actor) {
        return provision(WellKnownOrganizations.PLATFORM, "Vivanta Platform", "platform",
                         DefaultRoles.PLATFORM_OPERATOR, operator, actor);
    }

    /** What provisioning did: whether the administrator is new, and whether sign-in can see it all yet. */
    public record Provisioned(boolean administratorCreated, boolean visible) {
    }

    /**
     * Offers every standard role of every organization what its defaults grant today. A role takes up
     * only what it was never offered, so this runs at every start: an organization set up before a
     * permission was added to the catalogue (an admin role without {@code organization.write}, say) gets
     * it, and nothing else changes.
     */
    public void offerCurrentDefaults() {
        for (UUID organizationId : organizations.all()) {
            Map<String, Object> metadata = Map.of(ORGANIZATION_ID, organizationId.toString(),
                                                  USER_ID, MessageMetadata.SYSTEM_USER,
                                                  CORRELATION_ID, "default-permissions-" + organizationId);
            for (DefaultRoles role : DefaultRoles.of(organizationId)) {
                UUID roleId = role.idIn(organizationId);
                if (eventStore.lastSequenceNumberFor(roleId.toString()).isEmpty()) {
                    continue; // provisioning of this organization never got this far
                }
                try {
                    commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                            new OfferDefaultPermissionsCommand(roleId, role.permissions())).andMetaData(metadata));
                } catch (ConcurrencyException anotherNodeWasFaster) {
                    log.debug("Role {} of {} took up its defaults on another node", role.roleName(), organizationId);
                }
            }
        }
    }

    private Provisioned provision(UUID organizationId, String name, String slug, DefaultRoles adminRole,
                                  FirstAdmin admin, String actor) {
        Map<String, Object> metadata = Map.of(ORGANIZATION_ID, organizationId.toString(), USER_ID, actor,
                                              CORRELATION_ID, "provision-" + organizationId);
        Set<DefaultRoles> roles = DefaultRoles.of(organizationId);
        createIfAbsent(organizationId, new CreateOrganizationCommand(organizationId, name, slug), metadata);
        for (DefaultRoles role : roles) {
            UUID roleId = role.idIn(organizationId);
            createIfAbsent(roleId, new CreateRoleCommand(roleId, role.roleName(), role.description(),
                                                         role.permissions()), metadata);
        }
        boolean created = createIfAbsent(admin.userId(),
                                         new RegisterUserCommand(admin.userId(), admin.email(), admin.firstName(),
                                                                 admin.lastName(), UserType.INTERNAL,
                                                                 UserStatus.ACTIVE, null,
                                                                 Set.of(adminRole.idIn(organizationId)),
                                                                 passwordEncoder.encode(admin.password())),
                                         metadata);
        // Organization, roles and user are separate aggregates, which separate projection segments may
        // reach in any order: sign-in works only once all of them are visible.
        boolean visible = readYourWrites.awaitView(organizationId, new FindOrganizationQuery(organizationId),
                                                   OrganizationView.class).isPresent()
                && roles.stream().allMatch(role -> readYourWrites.awaitView(
                        role.idIn(organizationId), new FindRoleQuery(organizationId, role.idIn(organizationId)),
                        RoleView.class).isPresent())
                && readYourWrites.awaitView(admin.userId(), new FindUserQuery(organizationId, admin.userId()),
                                            UserView.class).isPresent();
        return new Provisioned(created, visible);
    }

    private boolean createIfAbsent(UUID aggregateId, Object command, Map<String, Object> metadata) {
        if (eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent()) {
            return false;
        }
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
            return true;
        } catch (AggregateStreamCreationException anotherNodeWasFaster) {
            return false;
        }
    }
}
