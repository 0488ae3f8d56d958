package com.vivanta.ops.command.access;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.access.RecordSignInCommand;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.ReplaceUserRolesCommand;
import com.vivanta.ops.api.access.ReviseUserCommand;
import com.vivanta.ops.api.access.SignInThrottledException;
import com.vivanta.ops.api.access.UserPasswordChangedEvent;
import com.vivanta.ops.api.access.UserProfileRevisedEvent;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.access.UserRolesReplacedEvent;
import com.vivanta.ops.api.access.UserSignInFailedEvent;
import com.vivanta.ops.api.access.UserSignedInEvent;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserStatusChangedEvent;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.Normalization;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's (or process's) account in one organization: profile, status, roles and sign-in history.
 * The e-mail is unique within the organization; the organization always keeps an active administrator;
 * after {@value #FAILURES_BEFORE_THROTTLE} failed sign-ins within {@link #THROTTLE_WINDOW} further attempts
 * are refused until the window has passed.
 */
@Aggregate
class UserAccount extends OrganizationOwnedAggregate {

    static final int FAILURES_BEFORE_THROTTLE = 5;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

    @AggregateIdentifier
    private UUID userId;
    private String email;
    private String firstName;
    private String lastName;
    private UserType userType;
    private UserStatus status;
    private UUID ownerId;
    private Set<UUID> roleIds;
    /** Times of recent failed sign-ins, oldest first; older ones than the window are forgotten. */
    private final Deque<Instant> recentFailures = new ArrayDeque<>();

    UserAccount() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    UserAccount(RegisterUserCommand command, MetaData metaData, UniqueKeys uniqueKeys, CredentialStore credentials,
                AdministratorRoster administrators) {
        UUID organization = CommandMetadata.organizationId(metaData);
        UserStatus initialStatus = command.status() == null ? UserStatus.ACTIVE : command.status();
        requireOwnerLinkFits(command.userType(), command.ownerId());
        requireNotSystem(command.userType());
        String normalizedEmail = Normalization.email(command.email(), "email");
        uniqueKeys.claim(emailKey(organization, normalizedEmail), command.userId());
        administrators.update(organization, command.userId(), false,
                              isAdministrator(organization, initialStatus, command.roleIds()));
        apply(new UserRegisteredEvent(command.userId(), organization, normalizedEmail, command.firstName(),
                                      command.lastName(), command.userType(), initialStatus, command.ownerId(),
                                      command.roleIds()));
        if (command.passwordHash() != null) {
            credentials.store(command.userId(), command.passwordHash());
            apply(new UserPasswordChangedEvent(command.userId()));
        }
    }

    @CommandHandler
    void handle(ReviseUserCommand command, UniqueKeys uniqueKeys, CredentialStore credentials,
                AdministratorRoster administrators) {
        requireNotSystem(command.userType());
        String newEmail = command.email() == null ? email : Normalization.email(command.email(), "email");
        String newFirstName = command.firstName() == null ? firstName : command.firstName();
        String newLastName = command.lastName() == null ? lastName : command.lastName();
        UserType newType = command.userType() == null ? userType : command.userType();
        UUID newOwner = choose(command.ownerId(), newType == UserType.OWNER ? ownerId : null);
        requireOwnerLinkFits(newType, newOwner);
        if (!newEmail.equals(email) || !newFirstName.equals(firstName) || !newLastName.equals(lastName)
                || newType != userType || !Objects.equals(newOwner, ownerId)) {
            uniqueKeys.change(emailKey(organizationId, email), emailKey(organizationId, newEmail), userId);
            apply(new UserProfileRevisedEvent(userId, newEmail, newFirstName, newLastName, newType, newOwner));
        }
        if (command.status() != null && command.status() != status) {
            administrators.update(organizationId, userId, isAdministrator(organizationId, status, roleIds),
                                  isAdministrator(organizationId, command.status(), roleIds));
            apply(new UserStatusChangedEvent(userId, status, command.status()));
        }
        if (command.passwordHash() != null) {
            credentials.store(userId, command.passwordHash());
            apply(new UserPasswordChangedEvent(userId));
        }
    }

    @CommandHandler
    void handle(ReplaceUserRolesCommand command, AdministratorRoster administrators) {
        if (command.roleIds().equals(roleIds)) {
            return;
        }
        administrators.update(organizationId, userId, isAdministrator(organizationId, status, roleIds),
                              isAdministrator(organizationId, status, command.roleIds()));
        apply(new UserRolesReplacedEvent(userId, roleIds, command.roleIds()));
    }

    @CommandHandler
    void handle(RecordSignInCommand command) {
        Instant now = GenericEventMessage.clock.instant();
        Instant windowStart = now.minus(THROTTLE_WINDOW);
        long failuresInWindow = recentFailures.stream().filter(failure -> failure.isAfter(windowStart)).count();
        if (failuresInWindow >= FAILURES_BEFORE_THROTTLE) {
            Instant oldestCounted = recentFailures.stream().filter(failure -> failure.isAfter(windowStart))
                                                  .findFirst().orElse(now);
            throw new SignInThrottledException(Duration.between(now, oldestCounted.plus(THROTTLE_WINDOW)));
        }
        if (!command.passwordMatched()) {
            apply(new UserSignInFailedEvent(userId));
        } else if (status == UserStatus.ACTIVE) {
            apply(new UserSignedInEvent(userId));
        }
        // A fitting password on an inactive account is neither a sign-in nor a failure: it is refused.
    }

    private static boolean isAdministrator(UUID organization, UserStatus status, Set<UUID> roles) {
        return status == UserStatus.ACTIVE && roles.contains(DefaultRoles.administratorRoleOf(organization));
    }

    /** A portal user stands for exactly one owner; nobody else stands for an owner. */
    private static void requireOwnerLinkFits(UserType type, UUID owner) {
        if (type == UserType.OWNER && owner == null) {
            throw new InvalidValueException("ownerId", null, "an OWNER user must be tied to an owner");
        }
        if (type != UserType.OWNER && owner != null) {
            throw new InvalidValueException("ownerId", owner, "only OWNER users are tied to an owner");
        }
    }

    private static UniqueKey emailKey(UUID organization, String email) {
        return UniqueKey.within(organization, "user-email", email, "email");
    }

    /** SYSTEM accounts are the platform's own processes; nobody registers or turns a person into one. */
    private static void requireNotSystem(UserType type) {
        if (type == UserType.SYSTEM) {
            throw new InvalidValueException("userType", type, "SYSTEM users cannot be created or assigned");
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        organizationId = event.organizationId();
        email = event.email();
        firstName = event.firstName();
        lastName = event.lastName();
        userType = event.userType();
        status = event.status();
        ownerId = event.ownerId();
        roleIds = event.roleIds();
    }

    @EventSourcingHandler
    void on(UserProfileRevisedEvent event) {
        email = event.email();
        firstName = event.firstName();
        lastName = event.lastName();
        userType = event.userType();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(UserStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(UserRolesReplacedEvent event) {
        roleIds = event.roleIds();
    }

    @EventSourcingHandler
    void on(UserSignedInEvent event) {
        recentFailures.clear();
    }

    @EventSourcingHandler
    void on(UserSignInFailedEvent event, @Timestamp Instant at) {
        recentFailures.addLast(at);
        while (recentFailures.size() > FAILURES_BEFORE_THROTTLE) {
            recentFailures.removeFirst();
        }
    }

    @Override
    protected String entityType() {
        return "User";
    }

    @Override
    protected UUID id() {
        return userId;
    }
}
