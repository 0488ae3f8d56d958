package com.vivanta.ops.command.cases;

import static com.vivanta.ops.api.cases.CaseStatus.CANCELLED;
import static com.vivanta.ops.api.cases.CaseStatus.CLOSED;
import static com.vivanta.ops.api.cases.CaseStatus.IN_PROGRESS;
import static com.vivanta.ops.api.cases.CaseStatus.OPEN;
import static com.vivanta.ops.api.cases.CaseStatus.RESOLVED;
import static com.vivanta.ops.api.cases.CaseStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import com.vivanta.ops.api.cases.AssignCaseCommand;
import com.vivanta.ops.api.cases.AttachWorkOrderCommand;
import com.vivanta.ops.api.cases.CaseAssignedEvent;
import com.vivanta.ops.api.cases.CaseDetailsRevisedEvent;
import com.vivanta.ops.api.cases.CaseDueDateChangedEvent;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CaseOwnerVisibleStatusChangedEvent;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CasePriorityChangedEvent;
import com.vivanta.ops.api.cases.CaseRelocatedEvent;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.cases.CaseUnassignedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderAttachedEvent;
import com.vivanta.ops.api.cases.CaseWorkOrderReleasedEvent;
import com.vivanta.ops.api.cases.ChangeCaseStatusCommand;
import com.vivanta.ops.api.cases.OpenCaseCommand;
import com.vivanta.ops.api.cases.ReleaseWorkOrderCommand;
import com.vivanta.ops.api.cases.ReviseCaseCommand;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID OTHER_ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  OTHER_ORG.toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);

    /**
     * The lifecycle as operators expect it, written out pair by pair rather than derived from the code
     * under test. Everything not listed, including "to the same status", must be refused.
     */
    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS, WAITING, CANCELLED),
            IN_PROGRESS, EnumSet.of(OPEN, WAITING, RESOLVED, CANCELLED),
            WAITING, EnumSet.of(OPEN, IN_PROGRESS, CANCELLED),
            RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class),
            CANCELLED, EnumSet.noneOf(CaseStatus.class));

    private final UUID caseId = UUID.randomUUID();
    private final UUID property = UUID.randomUUID();
    private final UUID unit = UUID.randomUUID();
    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private CaseOpenedEvent opened() {
        return new CaseOpenedEvent(caseId, ORG, "maintenance", "Leaking tap", "Kitchen tap drips", CasePriority.NORMAL,
                                   property, unit, null, null, null, ACTOR);
    }

    private static Stream<Arguments> everyStatusPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    /** Events that bring a freshly opened case to the given status. */
    private Object[] historyReaching(CaseStatus status) {
        List<Object> events = new ArrayList<>(List.of(opened()));
        if (status != OPEN) {
            events.add(new CaseStatusChangedEvent(caseId, OPEN, status, null));
        }
        return events.toArray();
    }

    @Nested
    class Opening {

        @Test
        void opensAsOpenWithTheSendersOrganizationAndActor() {
            Instant due = Instant.parse("2026-12-01T10:00:00Z");
            UUID assignee = UUID.randomUUID();
            fixture.givenNoPriorActivity()
                   .when(new OpenCaseCommand(caseId, "maintenance", "Leaking tap", null, CasePriority.URGENT, property,
                                             unit, due, assignee, "Reported"), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new CaseOpenedEvent(caseId, ORG, "maintenance", "Leaking tap", null,
                                                     CasePriority.URGENT, property, unit, due, assignee, "Reported",
                                                     ACTOR));
        }

        @Test
        void defaultsToNormalPriority() {
            fixture.givenNoPriorActivity()
                   .when(new OpenCaseCommand(caseId, "general", "Question", null, null, null, null, null, null, null),
                         AS_MEMBER)
                   .expectEvents(new CaseOpenedEvent(caseId, ORG, "general", "Question", null, CasePriority.NORMAL,
                                                     null, null, null, null, null, ACTOR));
        }

        @Test
        void refusesAUnitWithoutItsProperty() {
            fixture.givenNoPriorActivity()
                   .when(new OpenCaseCommand(caseId, "general", "Question", null, null, null, unit, null, null, null),
                         AS_MEMBER)
                   .expectException(InvalidReferenceException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class StatusChanges {

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("com.vivanta.ops.command.cases.CaseTest#everyStatusPair")
        void followsTheLifecycle(CaseStatus from, CaseStatus to) {
            var result = fixture.given(historyReaching(from))
                                .when(new ChangeCaseStatusCommand(caseId, to, null, "because"), AS_MEMBER);
            if (ALLOWED.get(from).contains(to)) {
                result.expectEvents(new CaseStatusChangedEvent(caseId, from, to, "because"));
            } else {
                result.expectException(InvalidTransitionException.class)
                      .expectExceptionMessage("Case cannot change status from " + from + " to " + to)
                      .expectNoEvents();
            }
        }

        @Test
        void everyPairIsCovered() {
            assertThat(everyStatusPair()).hasSize(CaseStatus.values().length * CaseStatus.values().length);
            assertThat(ALLOWED).containsOnlyKeys(CaseStatus.values());
        }

        @Test
        void setsTheOwnerVisibleStatusInTheSameStep() {
            fixture.given(opened())
                   .when(new ChangeCaseStatusCommand(caseId, IN_PROGRESS, "Technician booked", null), AS_MEMBER)
                   .expectEvents(new CaseStatusChangedEvent(caseId, OPEN, IN_PROGRESS, null),
                                 new CaseOwnerVisibleStatusChangedEvent(caseId, "Technician booked"));
        }

        @Test
        void refusesTheSameStatusAgainSoClosingTimeIsNeverRewritten() {
            fixture.given(opened(), new CaseStatusChangedEvent(caseId, OPEN, IN_PROGRESS, null),
                          new CaseStatusChangedEvent(caseId, IN_PROGRESS, RESOLVED, null),
                          new CaseStatusChangedEvent(caseId, RESOLVED, CLOSED, null))
                   .when(new ChangeCaseStatusCommand(caseId, CLOSED, null, null), AS_MEMBER)
                   .expectException(InvalidTransitionException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyWhatChanged() {
            Instant due = Instant.parse("2026-12-24T12:00:00Z");
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, null, "Leaking kitchen tap", null, CasePriority.HIGH, null, null,
                                               Optional.of(due), null), AS_MEMBER)
                   .expectEvents(new CaseDetailsRevisedEvent(caseId, "maintenance", "Leaking kitchen tap",
                                                             "Kitchen tap drips"),
                                 new CasePriorityChangedEvent(caseId, CasePriority.NORMAL, CasePriority.HIGH),
                                 new CaseDueDateChangedEvent(caseId, due));
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, "maintenance", "Leaking tap", Optional.of("Kitchen tap drips"),
                                               CasePriority.NORMAL, Optional.of(property), Optional.of(unit), null,
                                               null), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void clearsFieldsGivenAsEmpty() {
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, null, null, Optional.empty(), null, null, null, null, null),
                         AS_MEMBER)
                   .expectEvents(new CaseDetailsRevisedEvent(caseId, "maintenance", "Leaking tap", null));
        }

        @Test
        void movingToAnotherPropertyDropsTheOldUnit() {
            UUID otherProperty = UUID.randomUUID();
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, null, null, null, null, Optional.of(otherProperty), null, null,
                                               null), AS_MEMBER)
                   .expectEvents(new CaseRelocatedEvent(caseId, otherProperty, null));
        }

        @Test
        void refusesAUnitWithoutAProperty() {
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, null, null, null, null, Optional.empty(), Optional.of(unit),
                                               null, null), AS_MEMBER)
                   .expectException(InvalidReferenceException.class)
                   .expectNoEvents();
        }

        @Test
        void changesTheOwnerVisibleStatus() {
            fixture.given(opened())
                   .when(new ReviseCaseCommand(caseId, null, null, null, null, null, null, null,
                                               Optional.of("Waiting for parts")), AS_MEMBER)
                   .expectEvents(new CaseOwnerVisibleStatusChangedEvent(caseId, "Waiting for parts"));
        }

        @Test
        void refusesChangesToAClosedCase() {
            fixture.given(historyReaching(CANCELLED))
                   .when(new ReviseCaseCommand(caseId, null, "New title", null, null, null, null, null, null),
                         AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage("Case is CANCELLED and can no longer be changed")
                   .expectNoEvents();
        }
    }

    @Nested
    class Assigning {

        private final UUID firstAssignee = UUID.randomUUID();
        private final UUID secondAssignee = UUID.randomUUID();

        @Test
        void assignsAndReassigns() {
            fixture.given(opened(), new CaseAssignedEvent(caseId, firstAssignee, null))
                   .when(new AssignCaseCommand(caseId, secondAssignee), AS_MEMBER)
                   .expectEvents(new CaseAssignedEvent(caseId, secondAssignee, firstAssignee));
        }

        @Test
        void unassigns() {
            fixture.given(opened(), new CaseAssignedEvent(caseId, firstAssignee, null))
                   .when(new AssignCaseCommand(caseId, null), AS_MEMBER)
                   .expectEvents(new CaseUnassignedEvent(caseId, firstAssignee));
        }

        @Test
        void assigningTheSameUserAgainRecordsNothing() {
            fixture.given(opened(), new CaseAssignedEvent(caseId, firstAssignee, null))
                   .when(new AssignCaseCommand(caseId, firstAssignee), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void refusesToAssignAClosedCase() {
            fixture.given(historyReaching(CLOSED))
                   .when(new AssignCaseCommand(caseId, firstAssignee), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class WorkOrders {

        private final UUID workOrder = UUID.randomUUID();

        private CaseWorkOrderAttachedEvent attached() {
            return new CaseWorkOrderAttachedEvent(caseId, workOrder, "WO-000042", false);
        }

        private Object[] resolvedWithOpenWorkOrder() {
            return new Object[] {opened(), attached(), new CaseStatusChangedEvent(caseId, OPEN, IN_PROGRESS, null),
                                 new CaseStatusChangedEvent(caseId, IN_PROGRESS, RESOLVED, null)};
        }

        @Test
        void recordsANewWorkOrderOnceEvenIfToldTwice() {
            fixture.given(opened())
                   .when(new AttachWorkOrderCommand(caseId, workOrder, "WO-000042", false), AS_MEMBER)
                   .expectEvents(attached());
            fixture.given(opened(), attached())
                   .when(new AttachWorkOrderCommand(caseId, workOrder, "WO-000042", false), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"CLOSED", "CANCELLED"})
        void refusesWorkOnAnEndedCase(CaseStatus ended) {
            fixture.given(historyReaching(ended))
                   .when(new AttachWorkOrderCommand(caseId, workOrder, "WO-000042", false), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("can no longer be changed"))
                   .expectNoEvents();
        }

        @Test
        void cannotCloseOrCancelWhileWorkIsOpenAndNamesTheWorkOrders() {
            fixture.given(resolvedWithOpenWorkOrder())
                   .when(new ChangeCaseStatusCommand(caseId, CLOSED, null, null), AS_MEMBER)
                   .expectException(predicate(failure -> failure instanceof RuleViolationException refusal
                           && refusal.code().equals("WORK_ORDERS_OPEN")
                           && refusal.details().get("workOrderNumbers").equals(List.of("WO-000042"))))
                   .expectNoEvents();
            fixture.given(opened(), attached())
                   .when(new ChangeCaseStatusCommand(caseId, CANCELLED, null, null), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }

        @Test
        void closesOnceTheWorkHasEnded() {
            fixture.given(resolvedWithOpenWorkOrder())
                   .andGiven(new CaseWorkOrderReleasedEvent(caseId, workOrder, "WO-000042", WorkOrderStatus.COMPLETED))
                   .when(new ChangeCaseStatusCommand(caseId, CLOSED, null, null), AS_MEMBER)
                   .expectEvents(new CaseStatusChangedEvent(caseId, RESOLVED, CLOSED, null));
        }

        @Test
        void releasesOnlyOpenWorkAndRemembersTheNumberWhenWorkIsReopened() {
            fixture.given(opened(), attached())
                   .when(new ReleaseWorkOrderCommand(caseId, workOrder, WorkOrderStatus.CANCELLED), AS_MEMBER)
                   .expectEvents(new CaseWorkOrderReleasedEvent(caseId, workOrder, "WO-000042",
                                                                WorkOrderStatus.CANCELLED));
            fixture.given(opened())
                   .when(new ReleaseWorkOrderCommand(caseId, workOrder, WorkOrderStatus.COMPLETED), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
            fixture.given(opened(), attached(),
                          new CaseWorkOrderReleasedEvent(caseId, workOrder, "WO-000042", WorkOrderStatus.COMPLETED))
                   .when(new AttachWorkOrderCommand(caseId, workOrder, null, true), AS_MEMBER)
                   .expectEvents(new CaseWorkOrderAttachedEvent(caseId, workOrder, "WO-000042", true));
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationCannotSeeTheCase() {
            fixture.given(opened())
                   .when(new ChangeCaseStatusCommand(caseId, IN_PROGRESS, null, null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aCommandWithoutOrganizationIsNotLetThrough() {
            fixture.given(opened())
                   .when(new AssignCaseCommand(caseId, UUID.randomUUID()))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }
}
