package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.FindLoginCandidatesQuery;
import com.vivanta.ops.api.access.FindPrincipalQuery;
import com.vivanta.ops.api.access.FindRoleQuery;
import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.FindUsersQuery;
import com.vivanta.ops.api.access.LoginCandidate;
import com.vivanta.ops.api.access.PrincipalView;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.access.RolePermissionsGrantedEvent;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserPage;
import com.vivanta.ops.api.access.UserPasswordChangedEvent;
import com.vivanta.ops.api.access.UserProfileRevisedEvent;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.access.UserRolesReplacedEvent;
import com.vivanta.ops.api.access.UserSignInFailedEvent;
import com.vivanta.ops.api.access.UserSignedInEvent;
import com.vivanta.ops.api.access.UserStatusChangedEvent;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import com.vivanta.ops.query.common.ReadModelCache;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code access-directory} read model: organizations, roles and users, as sign-in, the per-request
 * permission check and the user administration screens need them. Every event of a user advances the
 * user row's version (the idempotency guard, and what command endpoints wait for), sign-in attempts
 * included.
 */
@Component
@ProcessingGroup(AccessDirectoryProjection.NAME)
class AccessDirectoryProjection {

    static final String NAME = "access-directory";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final OrganizationRowRepository organizations;
    private final RoleRowRepository roles;
    private final UserRowRepository users;
    private final AggregateRows<UserRow> userRows;
    private final QueryUpdateEmitter emitter;
    /**
     * The principals every request is checked against, kept from one change of a user or a role to the next:
     * reading them anew for every request cost a transaction per request.
     */
    private final ReadModelCache<UUID, PrincipalView> principals = new ReadModelCache<>();

    AccessDirectoryProjection(OrganizationRowRepository organizations, RoleRowRepository roles,
                              UserRowRepository users, QueryUpdateEmitter emitter) {
        this.organizations = organizations;
        this.roles = roles;
        this.users = users;
        this.userRows = new AggregateRows<>(users, row -> {
            principals.forget(row.id());
            UserView view = row.toView();
            emitter.emit(FindUserQuery.class, query -> query.userId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
        this.emitter = emitter;
    }

    @EventHandler
    void on(OrganizationCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (organizations.findById(event.organizationId()).isPresent()) {
            return;
        }
        OrganizationRow row = organizations.save(
                new OrganizationRow(event.organizationId(), event.name(), event.slug(), at, sequence));
        OrganizationView view = row.toView();
        emitter.emit(FindOrganizationQuery.class, query -> query.organizationId().equals(view.id()), view);
    }

    @EventHandler
    void on(RoleCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (roles.findById(event.roleId()).isPresent()) {
            return;
        }
        principals.forgetAll();
        emitRole(roles.save(new RoleRow(event.roleId(), event.organizationId(), event.roleName(),
                                        event.description(), event.permissions(), at, sequence)).toView());
    }

    @EventHandler
    void on(RolePermissionsGrantedEvent event, @SequenceNumber long sequence) {
        roles.findById(event.roleId()).filter(role -> role.version() < sequence).ifPresent(role -> {
            role.grant(event.permissions(), sequence);
            principals.forgetAll();
            emitRole(roles.save(role).toView());
        });
    }

    @EventHandler
    void on(UserRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        userRows.create(event.userId(), sequence, at, () -> {
            UserRow row = new UserRow(event.userId(), event.organizationId(), event.status(), event.roleIds(), at);
            row.profile(event.email(), event.firstName(), event.lastName(), event.userType(), event.ownerId());
            row.updated(at);
            return row;
        });
    }

    @EventHandler
    void on(UserProfileRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        userRows.change(event.userId(), sequence, at, row -> {
            row.profile(event.email(), event.firstName(), event.lastName(), event.userType(), event.ownerId());
            row.updated(at);
        });
    }

    @EventHandler
    void on(UserStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        userRows.change(event.userId(), sequence, at, row -> {
            row.status(event.status());
            row.updated(at);
        });
    }

    @EventHandler
    void on(UserRolesReplacedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        userRows.change(event.userId(), sequence, at, row -> {
            row.roles(event.roleIds());
            row.updated(at);
        });
    }

    @EventHandler
    void on(UserSignedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        userRows.change(event.userId(), sequence, at, row -> row.signedIn(at));
    }

    @EventHandler
    void on(UserSignInFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(event.userId(), sequence, at);
    }

    @EventHandler
    void on(UserPasswordChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(event.userId(), sequence, at);
    }

    @ResetHandler
    void reset() {
        principals.forgetAll();
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
    UserPage handle(FindUsersQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(users.findAll(UserSpecifications.matching(query.organizationId(), query.filter()), window),
                             UserRow::toView, UserPage::new);
    }

    @QueryHandler
    Optional<RoleView> handle(FindRoleQuery query) {
        return roles.findById(query.roleId()).filter(role -> role.organizationId().equals(query.organizationId()))
                    .map(RoleRow::toView);
    }

    @QueryHandler
    List<RoleView> handle(FindRolesQuery query) {
        return roles.findByOrganizationIdOrderByRoleName(query.organizationId()).stream().map(RoleRow::toView).toList();
    }

    @QueryHandler
    Optional<PrincipalView> handle(FindPrincipalQuery query) {
        return principals.find(query.userId(), () -> users.findById(query.userId()).map(user -> new PrincipalView(
                user.id(), user.organizationId(), user.email(), user.userType(), user.status(), user.ownerId(),
                user.roleIds().isEmpty()
                        ? new HashSet<>()
                        : new HashSet<>(roles.permissionsOf(user.roleIds(), user.organizationId())))));
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

    private void emitRole(RoleView view) {
        emitter.emit(FindRoleQuery.class,
                     query -> query.roleId().equals(view.id()) && query.organizationId().equals(view.organizationId()),
                     view);
    }

    /** An event that shows nothing here still counts: the version must reach the user's last event. */
    private void advance(UUID userId, long sequence, Instant at) {
        userRows.change(userId, sequence, at, row -> {
        });
    }
}
