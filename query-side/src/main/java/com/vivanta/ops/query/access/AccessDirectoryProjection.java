package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.FindLoginCandidatesQuery;
import com.vivanta.ops.api.access.FindPrincipalQuery;
import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.LoginCandidate;
import com.vivanta.ops.api.access.PrincipalView;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.OrganizationView;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * The {@code access-directory} read model: organizations, roles and users, as sign-in and the per-request
 * permission check need them. Inserts are idempotent: an entity already present was projected before.
 */
@Component
@ProcessingGroup(AccessDirectoryProjection.NAME)
class AccessDirectoryProjection {

    static final String NAME = "access-directory";

    private final OrganizationRowRepository organizations;
    private final RoleRowRepository roles;
    private final UserRowRepository users;
    private final QueryUpdateEmitter emitter;

    AccessDirectoryProjection(OrganizationRowRepository organizations, RoleRowRepository roles,
                              UserRowRepository users, QueryUpdateEmitter emitter) {
        this.organizations = organizations;
        this.roles = roles;
        this.users = users;
        this.emitter = emitter;
    }

    @EventHandler
    void on(OrganizationCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (organizations.existsById(event.organizationId())) {
            return;
        }
        OrganizationRow row = organizations.save(
                new OrganizationRow(event.organizationId(), event.name(), event.slug(), at, sequence));
        OrganizationView view = row.toView();
        emitter.emit(FindOrganizationQuery.class, query -> query.organizationId().equals(view.id()), view);
    }

    @EventHandler
    void on(RoleCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (roles.existsById(event.roleId())) {
            return;
        }
        roles.save(new RoleRow(event.roleId(), event.organizationId(), event.roleName(), event.description(),
                               event.permissions(), at, sequence));
    }

    @EventHandler
    void on(UserRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (users.existsById(event.userId())) {
            return;
        }
        UserRow row = users.save(new UserRow(event.userId(), event.organizationId(), event.email(), event.firstName(),
                                             event.lastName(), event.userType(), event.status(), event.roleIds(), at,
                                             sequence));
        UserView view = row.toView();
        emitter.emit(FindUserQuery.class,
                     query -> query.userId().equals(view.id()) && query.organizationId().equals(view.organizationId()),
                     view);
    }

    @ResetHandler
    void reset() {
        users.deleteAllInBatch();
        roles.deleteAllInBatch(); // role permissions and user roles go with them (ON DELETE CASCADE)
        organizations.deleteAllInBatch();
    }

    @QueryHandler
    Optional<OrganizationView> handle(FindOrganizationQuery query) {
        return organizations.findById(query.organizationId()).map(OrganizationRow::toView);
    }

    @QueryHandler
    Optional<UserView> handle(FindUserQuery query) {
        return users.findById(query.userId())
                    .filter(user -> user.organizationId().equals(query.organizationId()))
                    .map(UserRow::toView);
    }

    @QueryHandler
    List<RoleView> handle(FindRolesQuery query) {
        return roles.findByOrganizationIdOrderByRoleName(query.organizationId()).stream().map(RoleRow::toView).toList();
    }

    @QueryHandler
    Optional<PrincipalView> handle(FindPrincipalQuery query) {
        return users.findById(query.userId()).map(user -> new PrincipalView(
                user.id(), user.organizationId(), user.email(), user.userType(), user.status(),
                user.roleIds().isEmpty()
                        ? new HashSet<>()
                        : new HashSet<>(roles.permissionsOf(user.roleIds(), user.organizationId()))));
    }

    @QueryHandler
    List<LoginCandidate> handle(FindLoginCandidatesQuery query) {
        return users.findByEmail(query.email()).stream()
                    .map(user -> new LoginCandidate(user.id(), user.organizationId(),
                                                    organizations.findById(user.organizationId())
                                                                 .map(OrganizationRow::slug).orElse(null),
                                                    user.status()))
                    .toList();
    }
}
