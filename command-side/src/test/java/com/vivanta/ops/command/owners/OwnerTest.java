package com.vivanta.ops.command.owners;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.owners.OwnerDetailsRevisedEvent;
import com.vivanta.ops.api.owners.OwnerRegisteredEvent;
import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.owners.OwnerStatusChangedEvent;
import com.vivanta.ops.api.owners.RegisterOwnerCommand;
import com.vivanta.ops.api.owners.ReviseOwnerCommand;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OwnerTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID OTHER_ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  OTHER_ORG.toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);

    private final UUID ownerId = UUID.randomUUID();
    private UniqueKeys uniqueKeys;
    private AggregateTestFixture<Owner> fixture;

    @BeforeEach
    void setUp() {
        uniqueKeys = mock(UniqueKeys.class);
        fixture = new AggregateTestFixture<>(Owner.class);
        fixture.registerInjectableResource(uniqueKeys);
    }

    /** The key as the rule defines it, written out rather than taken from the code under test. */
    private static UniqueKey emailKey(String email) {
        return new UniqueKey("owner-email/" + ORG, email, "email");
    }

    private OwnerRegisteredEvent registered() {
        return new OwnerRegisteredEvent(ownerId, ORG, "Ada Lovelace", "ada@example.test", "+44 20 7946 0000", false,
                                        OwnerStatus.ACTIVE);
    }

    private OwnerRegisteredEvent registeredWithoutEmail() {
        return new OwnerRegisteredEvent(ownerId, ORG, "Ada Lovelace", null, null, false, OwnerStatus.ACTIVE);
    }

    @Nested
    class Registering {

        @Test
        void registersActivePersonByDefaultInTheSendersOrganization() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterOwnerCommand(ownerId, "Ada Lovelace", null, null, null, null), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new OwnerRegisteredEvent(ownerId, ORG, "Ada Lovelace", null, null, false,
                                                          OwnerStatus.ACTIVE));
            verifyNoInteractions(uniqueKeys);
        }

        @Test
        void keepsWhatIsGivenAndClaimsTheNormalisedEmail() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterOwnerCommand(ownerId, "Lovelace Estates Ltd", "  Ada@Example.TEST ", "0123",
                                                  true, OwnerStatus.INACTIVE), AS_MEMBER)
                   .expectEvents(new OwnerRegisteredEvent(ownerId, ORG, "Lovelace Estates Ltd", "ada@example.test",
                                                          "0123", true, OwnerStatus.INACTIVE));
            verify(uniqueKeys).claim(emailKey("ada@example.test"), ownerId);
        }

        @Test
        void refusesAnEmailAnotherOwnerHolds() {
            doThrow(new DuplicateException("email", "ada@example.test"))
                    .when(uniqueKeys).claim(any(), any());
            fixture.givenNoPriorActivity()
                   .when(new RegisterOwnerCommand(ownerId, "Ada Lovelace", "ada@example.test", null, null, null),
                         AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectExceptionMessage("email 'ada@example.test' is already taken")
                   .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyWhatChanged() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, "Ada King", null, null, null, null), AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada King", "ada@example.test",
                                                              "+44 20 7946 0000", false));
            verifyNoInteractions(uniqueKeys);
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, "Ada Lovelace", Optional.of(" ADA@example.test"),
                                                Optional.of("+44 20 7946 0000"), false, OwnerStatus.ACTIVE),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
            verifyNoInteractions(uniqueKeys);
        }

        @Test
        void movesTheEmailClaimToTheNewAddress() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, null, Optional.of("Countess@Example.test"), null, null, null),
                         AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada Lovelace", "countess@example.test",
                                                              "+44 20 7946 0000", false));
            verify(uniqueKeys).change(emailKey("ada@example.test"), emailKey("countess@example.test"), ownerId);
        }

        @Test
        void claimsAnEmailForAnOwnerThatHadNone() {
            fixture.given(registeredWithoutEmail())
                   .when(new ReviseOwnerCommand(ownerId, null, Optional.of("ada@example.test"), null, null, null),
                         AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada Lovelace", "ada@example.test", null,
                                                              false));
            verify(uniqueKeys).claim(emailKey("ada@example.test"), ownerId);
        }

        @Test
        void clearingTheEmailReleasesIt() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, null, Optional.empty(), Optional.empty(), null, null),
                         AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada Lovelace", null, null, false));
            verify(uniqueKeys).release(emailKey("ada@example.test"), ownerId);
        }

        @Test
        void refusesAnEmailAnotherOwnerHolds() {
            doThrow(new DuplicateException("email", "taken@example.test"))
                    .when(uniqueKeys).change(any(), eq(emailKey("taken@example.test")), eq(ownerId));
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, "Ada King", Optional.of("taken@example.test"), null, null,
                                                OwnerStatus.INACTIVE), AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void changesTheKindOfOwner() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, null, null, null, true, null), AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada Lovelace", "ada@example.test",
                                                              "+44 20 7946 0000", true));
        }

        @Test
        void changesTheStatusAndRemembersThePreviousOne() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, null, null, null, null, OwnerStatus.INACTIVE), AS_MEMBER)
                   .expectEvents(new OwnerStatusChangedEvent(ownerId, OwnerStatus.ACTIVE, OwnerStatus.INACTIVE));
            verifyNoInteractions(uniqueKeys);
        }

        @Test
        void recordsDetailsAndStatusTogetherWhenBothChange() {
            fixture.given(registered(), new OwnerStatusChangedEvent(ownerId, OwnerStatus.ACTIVE, OwnerStatus.INACTIVE))
                   .when(new ReviseOwnerCommand(ownerId, null, null, Optional.of("555"), null, OwnerStatus.ACTIVE),
                         AS_MEMBER)
                   .expectEvents(new OwnerDetailsRevisedEvent(ownerId, "Ada Lovelace", "ada@example.test", "555",
                                                              false),
                                 new OwnerStatusChangedEvent(ownerId, OwnerStatus.INACTIVE, OwnerStatus.ACTIVE));
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationCannotSeeTheOwner() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, "Taken over", null, null, null, null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
            verifyNoInteractions(uniqueKeys);
        }

        @Test
        void aCommandWithoutOrganizationIsNotLetThrough() {
            fixture.given(registered())
                   .when(new ReviseOwnerCommand(ownerId, "No tenant", null, null, null, null))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }
}
