package com.vivanta.ops.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

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
import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID ADMIN_ROLE = DefaultRoles.administratorRoleOf(ORG);
    private static final UUID OPERATIONS_ROLE = DefaultRoles.OPERATIONS.idIn(ORG);
    private static final Map<String, Object> AS_ADMIN = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                               MessageMetadata.USER_ID, "admin");

    private final UUID userId = UUID.randomUUID();
    private AggregateTestFixture<UserAccount> fixture;
    private UniqueKeys uniqueKeys;
    private CredentialStore credentials;
    private AdministratorRoster administrators;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        uniqueKeys = mock(UniqueKeys.class);
        credentials = mock(CredentialStore.class);
        administrators = mock(AdministratorRoster.class);
        fixture.registerInjectableResource(uniqueKeys);
        fixture.registerInjectableResource(credentials);
        fixture.registerInjectableResource(administrators);
    }

    private UserRegisteredEvent registered(Set<UUID> roles) {
        return new UserRegisteredEvent(userId, ORG, "ada@example.test", "Ada", "Lovelace", UserType.INTERNAL,
                                       UserStatus.ACTIVE, null, roles);
    }

    private static UniqueKey email(String value) {
        return UniqueKey.within(ORG, "user-email", value, "email");
    }

    @Nested
    class Registering {

        @Test
        void registersActiveWithANormalisedUniqueEmailAndKeepsTheHashOutOfTheEvents() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "  Ada@Example.TEST ", "Ada", "Lovelace", UserType.INTERNAL,
                                                 null, null, Set.of(ADMIN_ROLE), "$2a$10$hash"), AS_ADMIN)
                   .expectEvents(registered(Set.of(ADMIN_ROLE)), new UserPasswordChangedEvent(userId));
            verify(uniqueKeys).claim(email("ada@example.test"), userId);
            verify(credentials).store(userId, "$2a$10$hash");
            verify(administrators).update(ORG, userId, false, true);
        }

        @Test
        void aUserWithoutPasswordGetsNoCredential() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "ada@example.test", "Ada", "Lovelace", UserType.INTERNAL,
                                                 UserStatus.INVITED, null, Set.of(), null), AS_ADMIN)
                   .expectEvents(new UserRegisteredEvent(userId, ORG, "ada@example.test", "Ada", "Lovelace",
                                                         UserType.INTERNAL, UserStatus.INVITED, null, Set.of()));
            verifyNoInteractions(credentials);
        }

        @Test
        void refusesAnEmailTakenInTheOrganization() {
            doThrow(new DuplicateException("email", "ada@example.test")).when(uniqueKeys).claim(any(), eq(userId));
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "ada@example.test", "Ada", "L", UserType.INTERNAL, null, null,
                                                 Set.of(), null), AS_ADMIN)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void anOwnerUserStandsForExactlyOneOwner() {
            UUID owner = UUID.randomUUID();
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "o@example.test", "Owen", "Owner", UserType.OWNER, null,
                                                 owner, Set.of(), null), AS_ADMIN)
                   .expectEvents(new UserRegisteredEvent(userId, ORG, "o@example.test", "Owen", "Owner",
                                                         UserType.OWNER, UserStatus.ACTIVE, owner, Set.of()));
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "o@example.test", "Owen", "Owner", UserType.OWNER, null, null,
                                                 Set.of(), null), AS_ADMIN)
                   .expectException(InvalidValueException.class);
            fixture.givenNoPriorActivity()
                   .when(new RegisterUserCommand(userId, "i@example.test", "In", "Ternal", UserType.INTERNAL, null,
                                                 owner, Set.of(), null), AS_ADMIN)
                   .expectException(InvalidValueException.class);
        }

        @Test
        void theCommandNeverPrintsThePasswordHash() {
            assertThat(new RegisterUserCommand(userId, "a@b.test", "A", "B", UserType.INTERNAL, null, null, Set.of(),
                                               "$2a$10$secret").toString()).doesNotContain("secret");
            assertThat(new ReviseUserCommand(userId, null, null, null, null, null, null, "$2a$10$secret").toString())
                    .doesNotContain("secret");
        }
    }

    @Nested
    class Revising {

        @Test
        void changesTheProfileAndMovesTheEmailClaim() {
            fixture.given(registered(Set.of()))
                   .when(new ReviseUserCommand(userId, "ada.l@example.test", null, "King", null, null, null, null),
                         AS_ADMIN)
                   .expectEvents(new UserProfileRevisedEvent(userId, "ada.l@example.test", "Ada", "King",
                                                             UserType.INTERNAL, null));
            verify(uniqueKeys).change(email("ada@example.test"), email("ada.l@example.test"), userId);
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(registered(Set.of()))
                   .when(new ReviseUserCommand(userId, "ADA@example.test", "Ada", null, UserType.INTERNAL,
                                               Optional.empty(), UserStatus.ACTIVE, null), AS_ADMIN)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void deactivatesAndSetsAPassword() {
            fixture.given(registered(Set.of(OPERATIONS_ROLE)))
                   .when(new ReviseUserCommand(userId, null, null, null, null, null, UserStatus.INACTIVE,
                                               "$2a$10$new"), AS_ADMIN)
                   .expectEvents(new UserStatusChangedEvent(userId, UserStatus.ACTIVE, UserStatus.INACTIVE),
                                 new UserPasswordChangedEvent(userId));
            verify(credentials).store(userId, "$2a$10$new");
            verify(administrators).update(ORG, userId, false, false);
        }

        @Test
        void theLastAdministratorCannotBeDeactivated() {
            doThrow(new RuleViolationException(AdministratorRoster.LAST_ADMINISTRATOR, "last", Map.of()))
                    .when(administrators).update(ORG, userId, true, false);
            fixture.given(registered(Set.of(ADMIN_ROLE)))
                   .when(new ReviseUserCommand(userId, null, null, null, null, null, UserStatus.SUSPENDED, null),
                         AS_ADMIN)
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherOrganizationCannotSeeTheUser() {
            fixture.given(registered(Set.of()))
                   .when(new ReviseUserCommand(userId, null, "Eve", null, null, null, null, null),
                         Map.of(MessageMetadata.ORGANIZATION_ID, UUID.randomUUID().toString(),
                                MessageMetadata.USER_ID, "outsider"))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Roles {

        @Test
        void replacesTheRoles() {
            fixture.given(registered(Set.of(ADMIN_ROLE)))
                   .when(new ReplaceUserRolesCommand(userId, Set.of(ADMIN_ROLE, OPERATIONS_ROLE)), AS_ADMIN)
                   .expectEvents(new UserRolesReplacedEvent(userId, Set.of(ADMIN_ROLE),
                                                            Set.of(ADMIN_ROLE, OPERATIONS_ROLE)));
            verify(administrators).update(ORG, userId, true, true);
        }

        @Test
        void theSameRolesAgainRecordNothing() {
            fixture.given(registered(Set.of(ADMIN_ROLE)))
                   .when(new ReplaceUserRolesCommand(userId, Set.of(ADMIN_ROLE)), AS_ADMIN)
                   .expectNoEvents();
            verify(administrators, never()).update(any(), any(), anyBoolean(), anyBoolean());
        }

        @Test
        void theLastAdministratorKeepsTheAdministratorRole() {
            doThrow(new RuleViolationException(AdministratorRoster.LAST_ADMINISTRATOR, "last", Map.of()))
                    .when(administrators).update(ORG, userId, true, false);
            fixture.given(registered(Set.of(ADMIN_ROLE)))
                   .when(new ReplaceUserRolesCommand(userId, Set.of()), AS_ADMIN)
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class SigningIn {

        private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

        private Object[] failures(int count) {
            Object[] events = new Object[count + 1];
            events[0] = registered(Set.of());
            for (int i = 1; i <= count; i++) {
                events[i] = new UserSignInFailedEvent(userId);
            }
            return events;
        }

        @Test
        void recordsSuccessesAndFailures() {
            fixture.given(registered(Set.of()))
                   .when(new RecordSignInCommand(userId, true), AS_ADMIN)
                   .expectEvents(new UserSignedInEvent(userId));
            fixture.given(registered(Set.of()))
                   .when(new RecordSignInCommand(userId, false), AS_ADMIN)
                   .expectEvents(new UserSignInFailedEvent(userId));
        }

        @Test
        void aFittingPasswordOnAnInactiveAccountIsNoSignIn() {
            fixture.given(registered(Set.of()), new UserStatusChangedEvent(userId, UserStatus.ACTIVE, UserStatus.INACTIVE))
                   .when(new RecordSignInCommand(userId, true), AS_ADMIN)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void fiveFailuresInAQuarterOfAnHourThrottleEvenTheRightPassword() {
            fixture.givenCurrentTime(now)
                   .andGiven(failures(5))
                   .andGivenCurrentTime(now.plus(Duration.ofMinutes(10)))
                   .when(new RecordSignInCommand(userId, true), AS_ADMIN)
                   .expectException(SignInThrottledException.class)
                   .expectNoEvents();
        }

        @Test
        void theThrottleLiftsWhenTheWindowHasPassed() {
            fixture.givenCurrentTime(now)
                   .andGiven(failures(5))
                   .andGivenCurrentTime(now.plus(Duration.ofMinutes(16)))
                   .when(new RecordSignInCommand(userId, true), AS_ADMIN)
                   .expectEvents(new UserSignedInEvent(userId));
        }

        @Test
        void fourFailuresDoNotThrottleAndASuccessStartsAfresh() {
            fixture.givenCurrentTime(now)
                   .andGiven(failures(4))
                   .when(new RecordSignInCommand(userId, false), AS_ADMIN)
                   .expectEvents(new UserSignInFailedEvent(userId));
            Object[] history = failures(4);
            fixture.givenCurrentTime(now)
                   .andGiven(history)
                   .andGiven(new UserSignedInEvent(userId), new UserSignInFailedEvent(userId))
                   .when(new RecordSignInCommand(userId, true), AS_ADMIN)
                   .expectEvents(new UserSignedInEvent(userId));
        }
    }
}
