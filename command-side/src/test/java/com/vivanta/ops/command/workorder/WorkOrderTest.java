package com.vivanta.ops.command.workorder;

import static com.vivanta.ops.api.workorder.WorkOrderStatus.ACCEPTED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.ASSIGNED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.AWAITING_OWNER_APPROVAL;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.CANCELLED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.COMPLETED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.ON_HOLD;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.OPEN;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.vendors.VendorCompliance;
import com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker;
import com.vivanta.ops.api.vendors.VendorCompliance.PaymentBlocker;
import com.vivanta.ops.api.workorder.AssignWorkOrderVendorCommand;
import com.vivanta.ops.api.workorder.CancelWorkOrderCommand;
import com.vivanta.ops.api.workorder.CompleteWorkOrderCommand;
import com.vivanta.ops.api.workorder.ComplianceOverride;
import com.vivanta.ops.api.workorder.CreateWorkOrderCommand;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.HoldWorkOrderCommand;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.RecordOwnerDecisionCommand;
import com.vivanta.ops.api.workorder.RecordVendorAcceptanceCommand;
import com.vivanta.ops.api.workorder.RecordVendorDeclineCommand;
import com.vivanta.ops.api.workorder.ReopenWorkOrderCommand;
import com.vivanta.ops.api.workorder.ResumeWorkOrderCommand;
import com.vivanta.ops.api.workorder.ReviseWorkOrderCommand;
import com.vivanta.ops.api.workorder.ScheduleWorkOrderCommand;
import com.vivanta.ops.api.workorder.StartWorkOrderCommand;
import com.vivanta.ops.api.workorder.WorkOrderCancelledEvent;
import com.vivanta.ops.api.workorder.WorkOrderCompletedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCostRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderDetailsRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderHeldEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalDroppedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerApprovalRequestedEvent;
import com.vivanta.ops.api.workorder.WorkOrderOwnerDecisionRecordedEvent;
import com.vivanta.ops.api.workorder.WorkOrderReopenedEvent;
import com.vivanta.ops.api.workorder.WorkOrderResumedEvent;
import com.vivanta.ops.api.workorder.WorkOrderScheduledEvent;
import com.vivanta.ops.api.workorder.WorkOrderSlaDueChangedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorDeclinedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkOrderTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  UUID.randomUUID().toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);
    private static final Instant VISIT = Instant.parse("2026-12-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    /** Every step, by action name, and the statuses it may be taken from — written out, not derived. */
    private static final Map<String, Set<WorkOrderStatus>> ALLOWED = Map.of(
            "assign-vendor", EnumSet.of(OPEN, ASSIGNED),
            "accept", EnumSet.of(ASSIGNED),
            "decline", EnumSet.of(ASSIGNED),
            "schedule", EnumSet.of(ACCEPTED, SCHEDULED),
            "start", EnumSet.of(SCHEDULED),
            "mark-complete", EnumSet.of(IN_PROGRESS),
            "hold", EnumSet.of(ASSIGNED, ACCEPTED, SCHEDULED, IN_PROGRESS),
            "resume", EnumSet.of(ON_HOLD),
            "cancel", EnumSet.of(OPEN, AWAITING_OWNER_APPROVAL, ASSIGNED, ACCEPTED, SCHEDULED, IN_PROGRESS, ON_HOLD),
            "reopen", EnumSet.of(COMPLETED));

    private static final UUID FIRST_VENDOR = UUID.randomUUID();
    private static final UUID OTHER_VENDOR = UUID.randomUUID();

    private final UUID workOrderId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final UUID property = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private AggregateTestFixture<WorkOrder> fixture;
    private WorkOrderNumbers numbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkOrder.class);
        numbers = mock(WorkOrderNumbers.class);
        when(numbers.assign(eq(ORG), any(), any())).thenReturn("WO-000001");
        fixture.registerInjectableResource(numbers);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private OwnerApprovalLimit limitOf(String amount) {
        return new OwnerApprovalLimit(usd(amount), List.of(owner));
    }

    private CreateWorkOrderCommand create(CasePriority priority, Money notToExceed, OwnerApprovalLimit limit) {
        return new CreateWorkOrderCommand(workOrderId, caseId, null, "Fix tap", "Kitchen tap drips", "plumbing",
                                          priority, property, null, null, Duration.ofHours(72), null, notToExceed,
                                          limit);
    }

    private WorkOrderCreatedEvent created(CasePriority priority, Money notToExceed) {
        return new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap", "Kitchen tap drips",
                                         "plumbing", priority, property, null, VISIT, null, notToExceed, ACTOR);
    }

    private WorkOrderCreatedEvent created() {
        return created(CasePriority.NORMAL, usd("400.00"));
    }

    private WorkOrderOwnerApprovalRequestedEvent asked(Money notToExceed, boolean emergency, WorkOrderStatus status,
                                                      WorkOrderStatus resumeTo) {
        return new WorkOrderOwnerApprovalRequestedEvent(workOrderId, notToExceed, usd("500.00"), List.of(owner),
                                                        emergency, status, resumeTo);
    }

    private static VendorCompliance compliant(UUID vendor) {
        return new VendorCompliance(vendor, TODAY, true, List.of(), true, List.of());
    }

    private static VendorCompliance expiredInsurance(UUID vendor) {
        return new VendorCompliance(vendor, TODAY, false, List.of(DispatchBlocker.INSURANCE_EXPIRED), false,
                                    List.of(PaymentBlocker.W9_MISSING));
    }

    /** Events that bring a new work order (NTE within the limit) to the given status. */
    private Object[] historyReaching(WorkOrderStatus status) {
        List<Object> events = new ArrayList<>(List.of(created()));
        switch (status) {
            case OPEN -> {
            }
            case AWAITING_OWNER_APPROVAL -> events.add(asked(usd("900.00"), false, AWAITING_OWNER_APPROVAL, OPEN));
            case CANCELLED -> events.add(new WorkOrderCancelledEvent(workOrderId, caseId, "Tenant fixed it", OPEN));
            default -> {
                events.add(new WorkOrderVendorAssignedEvent(workOrderId, FIRST_VENDOR, null, null));
                if (status != ASSIGNED) {
                    events.add(new WorkOrderVendorAcceptedEvent(workOrderId, FIRST_VENDOR));
                }
                if (status.compareTo(SCHEDULED) >= 0) {
                    events.add(new WorkOrderScheduledEvent(workOrderId, VISIT, null));
                }
                if (status.compareTo(IN_PROGRESS) >= 0) {
                    events.add(new WorkOrderStartedEvent(workOrderId));
                }
                if (status == ON_HOLD) {
                    events.add(new WorkOrderHeldEvent(workOrderId, "Waiting for parts", IN_PROGRESS));
                }
                if (status == COMPLETED) {
                    events.add(new WorkOrderCompletedEvent(workOrderId, caseId, null, null));
                }
            }
        }
        return events.toArray();
    }

    /** One command per step, each one that would succeed from a status the step is allowed from. */
    private Map<String, Object> stepCommands() {
        return Map.of("assign-vendor", new AssignWorkOrderVendorCommand(workOrderId, OTHER_VENDOR,
                                                                        compliant(OTHER_VENDOR), null),
                      "accept", new RecordVendorAcceptanceCommand(workOrderId),
                      "decline", new RecordVendorDeclineCommand(workOrderId, "Fully booked"),
                      "schedule", new ScheduleWorkOrderCommand(workOrderId, VISIT.plusSeconds(3600)),
                      "start", new StartWorkOrderCommand(workOrderId),
                      "mark-complete", new CompleteWorkOrderCommand(workOrderId, "Washer replaced", usd("120.00")),
                      "hold", new HoldWorkOrderCommand(workOrderId, "Tenant away"),
                      "resume", new ResumeWorkOrderCommand(workOrderId),
                      "cancel", new CancelWorkOrderCommand(workOrderId, "Owner sold the unit"),
                      "reopen", new ReopenWorkOrderCommand(workOrderId, "Drips again"));
    }

    static Stream<Arguments> everyStepFromEveryStatus() {
        List<Arguments> pairs = new ArrayList<>();
        for (String step : ALLOWED.keySet()) {
            for (WorkOrderStatus from : WorkOrderStatus.values()) {
                pairs.add(Arguments.of(step, from));
            }
        }
        return pairs.stream();
    }

    @Nested
    class Creation {

        @Test
        void opensWithTheNextNumberAndADueTimeFromTheSlaTarget() {
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.HIGH, usd("400"), limitOf("500")), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap",
                                                           "Kitchen tap drips", "plumbing", CasePriority.HIGH,
                                                           property, null,
                                                           fixture.currentTime().plus(Duration.ofHours(72)), null,
                                                           usd("400.00"), ACTOR));
        }

        @Test
        void keepsADueTimeTheOperatorChoseAndDefaultsToNormalPriority() {
            Instant due = Instant.parse("2026-12-24T12:00:00Z");
            fixture.givenNoPriorActivity()
                   .when(new CreateWorkOrderCommand(workOrderId, caseId, "PLB-7", "Fix tap", null, null, null, null,
                                                    null, due, Duration.ofHours(4), null, null, null), AS_MEMBER)
                   .expectEvents(new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap", null,
                                                           null, CasePriority.NORMAL, null, null, due, null, null,
                                                           ACTOR));
        }

        @Test
        void refusesANumberAnotherWorkOrderHolds() {
            when(numbers.assign(ORG, workOrderId, "WO-000007")).thenThrow(
                    new DuplicateException("workOrderNumber", "wo-000007"));
            fixture.givenNoPriorActivity()
                   .when(new CreateWorkOrderCommand(workOrderId, caseId, "WO-000007", "Fix tap", null, null, null,
                                                    null, null, null, null, null, null, null), AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void refusesAnEstimateAboveTheCeilingOrInAnotherCurrencyOrANegativeCost() {
            Function<CreateWorkOrderCommand, ?> attempt = command -> fixture.givenNoPriorActivity()
                                                                            .when(command, AS_MEMBER)
                                                                            .expectException(
                                                                                    InvalidValueException.class)
                                                                            .expectNoEvents();
            attempt.apply(withCost(usd("600"), usd("500")));
            attempt.apply(withCost(Money.of("100", "EUR"), usd("500")));
            attempt.apply(withCost(usd("-1"), null));
            attempt.apply(withCost(null, usd("-5")));
        }

        private CreateWorkOrderCommand withCost(Money estimate, Money notToExceed) {
            return new CreateWorkOrderCommand(workOrderId, caseId, null, "Fix tap", null, null, null, null, null, null,
                                              null, estimate, notToExceed, null);
        }
    }

    @Nested
    class OwnerApprovalOnCreation {

        @Test
        void waitsForTheOwnerWhenTheCeilingIsAboveTheLimit() {
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.NORMAL, usd("750"), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap",
                                                           "Kitchen tap drips", "plumbing", CasePriority.NORMAL,
                                                           property, null,
                                                           fixture.currentTime().plus(Duration.ofHours(72)), null,
                                                           usd("750.00"), ACTOR),
                                 asked(usd("750.00"), false, AWAITING_OWNER_APPROVAL, OPEN));
        }

        @Test
        void emergencyWorkGoesAheadButTheOwnerIsStillAsked() {
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.URGENT, usd("750"), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap",
                                                           "Kitchen tap drips", "plumbing", CasePriority.URGENT,
                                                           property, null,
                                                           fixture.currentTime().plus(Duration.ofHours(72)), null,
                                                           usd("750.00"), ACTOR),
                                 asked(usd("750.00"), true, OPEN, OPEN))
                   .expectState(workOrder -> assertThat(workOrder).extracting("status").isEqualTo(OPEN));
        }

        @Test
        void asksNobodyWithinTheLimitOrWithoutOne() {
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.NORMAL, usd("500"), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCreatedEvent(workOrderId, ORG, caseId, "WO-000001", "Fix tap",
                                                           "Kitchen tap drips", "plumbing", CasePriority.NORMAL,
                                                           property, null,
                                                           fixture.currentTime().plus(Duration.ofHours(72)), null,
                                                           usd("500.00"), ACTOR));
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.NORMAL, usd("5000"), null), AS_MEMBER)
                   .expectState(workOrder -> assertThat(workOrder).extracting("status").isEqualTo(OPEN));
        }

        @Test
        void asksWhenTheCeilingIsInAnotherCurrencyThanTheLimit() {
            fixture.givenNoPriorActivity()
                   .when(create(CasePriority.NORMAL, Money.of("100", "EUR"), limitOf("500")), AS_MEMBER)
                   .expectState(workOrder -> assertThat(workOrder).extracting("status")
                                                                  .isEqualTo(AWAITING_OWNER_APPROVAL));
        }
    }

    @Nested
    class Lifecycle {

        @ParameterizedTest(name = "{0} from {1}")
        @MethodSource("com.vivanta.ops.command.workorder.WorkOrderTest#everyStepFromEveryStatus")
        void followsTheTransitionTable(String step, WorkOrderStatus from) {
            var result = fixture.given(historyReaching(from)).when(stepCommands().get(step), AS_MEMBER);
            if (ALLOWED.get(step).contains(from)) {
                result.expectSuccessfulHandlerExecution()
                      .expectEventsMatching(payloadsMatching(exactSequenceOf(anything(), andNoMore())));
            } else {
                result.expectException(InvalidTransitionException.class)
                      .expectExceptionMessage("Work order in status " + from + " cannot " + step)
                      .expectNoEvents();
            }
        }

        @Test
        void everyStepAndStatusIsCovered() {
            assertThat(ALLOWED.keySet()).isEqualTo(stepCommands().keySet());
            assertThat(everyStepFromEveryStatus()).hasSize(ALLOWED.size() * WorkOrderStatus.values().length);
        }

        @Test
        void walksTheHappyPathEventByEvent() {
            fixture.given(created())
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR), null),
                         AS_MEMBER)
                   .expectEvents(new WorkOrderVendorAssignedEvent(workOrderId, FIRST_VENDOR, null, null));
            fixture.given(historyReaching(ASSIGNED))
                   .when(new RecordVendorAcceptanceCommand(workOrderId), AS_MEMBER)
                   .expectEvents(new WorkOrderVendorAcceptedEvent(workOrderId, FIRST_VENDOR));
            fixture.given(historyReaching(ACCEPTED))
                   .when(new ScheduleWorkOrderCommand(workOrderId, VISIT), AS_MEMBER)
                   .expectEvents(new WorkOrderScheduledEvent(workOrderId, VISIT, null));
            fixture.given(historyReaching(SCHEDULED))
                   .when(new StartWorkOrderCommand(workOrderId), AS_MEMBER)
                   .expectEvents(new WorkOrderStartedEvent(workOrderId));
            fixture.given(historyReaching(IN_PROGRESS))
                   .when(new CompleteWorkOrderCommand(workOrderId, "Washer replaced", usd("120")), AS_MEMBER)
                   .expectEvents(new WorkOrderCompletedEvent(workOrderId, caseId, "Washer replaced", usd("120.00")));
        }

        @Test
        void reassigningBeforeAcceptanceNamesThePreviousVendorAndTheSameVendorAgainIsNothing() {
            fixture.given(historyReaching(ASSIGNED))
                   .when(new AssignWorkOrderVendorCommand(workOrderId, OTHER_VENDOR, compliant(OTHER_VENDOR), null),
                         AS_MEMBER)
                   .expectEvents(new WorkOrderVendorAssignedEvent(workOrderId, OTHER_VENDOR, FIRST_VENDOR, null));
            fixture.given(historyReaching(ASSIGNED))
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR), null),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aDeclineReturnsTheWorkToOpenWithoutAVendor() {
            fixture.given(historyReaching(ASSIGNED))
                   .when(new RecordVendorDeclineCommand(workOrderId, "Fully booked"), AS_MEMBER)
                   .expectEvents(new WorkOrderVendorDeclinedEvent(workOrderId, FIRST_VENDOR, "Fully booked"))
                   .expectState(workOrder -> assertThat(workOrder).extracting("status", "vendorId")
                                                                  .containsExactly(OPEN, null));
        }

        @Test
        void reschedulingRecordsThePreviousVisitAndTheSameVisitAgainIsNothing() {
            fixture.given(historyReaching(SCHEDULED))
                   .when(new ScheduleWorkOrderCommand(workOrderId, VISIT.plusSeconds(7200)), AS_MEMBER)
                   .expectEvents(new WorkOrderScheduledEvent(workOrderId, VISIT.plusSeconds(7200), VISIT));
            fixture.given(historyReaching(SCHEDULED))
                   .when(new ScheduleWorkOrderCommand(workOrderId, VISIT), AS_MEMBER)
                   .expectNoEvents();
        }

        @Test
        void aHoldResumesWhereTheWorkWas() {
            fixture.given(historyReaching(ACCEPTED))
                   .when(new HoldWorkOrderCommand(workOrderId, "No access"), AS_MEMBER)
                   .expectEvents(new WorkOrderHeldEvent(workOrderId, "No access", ACCEPTED));
            fixture.given(historyReaching(ACCEPTED))
                   .andGiven(new WorkOrderHeldEvent(workOrderId, "No access", ACCEPTED))
                   .when(new ResumeWorkOrderCommand(workOrderId), AS_MEMBER)
                   .expectEvents(new WorkOrderResumedEvent(workOrderId, ACCEPTED));
        }

        @Test
        void cancellingRemembersWhereItWasAndIsFinal() {
            fixture.given(historyReaching(SCHEDULED))
                   .when(new CancelWorkOrderCommand(workOrderId, "Owner sold the unit"), AS_MEMBER)
                   .expectEvents(new WorkOrderCancelledEvent(workOrderId, caseId, "Owner sold the unit", SCHEDULED));
        }

        @Test
        void reopeningGoesBackToTheVendorAndCountsEachTime() {
            fixture.given(historyReaching(COMPLETED))
                   .when(new ReopenWorkOrderCommand(workOrderId, "Drips again"), AS_MEMBER)
                   .expectEvents(new WorkOrderReopenedEvent(workOrderId, caseId, FIRST_VENDOR, "Drips again", 1));
            fixture.given(historyReaching(COMPLETED))
                   .andGiven(new WorkOrderReopenedEvent(workOrderId, caseId, FIRST_VENDOR, "Drips again", 1),
                             new WorkOrderVendorAcceptedEvent(workOrderId, FIRST_VENDOR),
                             new WorkOrderScheduledEvent(workOrderId, VISIT, null),
                             new WorkOrderStartedEvent(workOrderId),
                             new WorkOrderCompletedEvent(workOrderId, caseId, null, null))
                   .when(new ReopenWorkOrderCommand(workOrderId, "Still drips"), AS_MEMBER)
                   .expectEvents(new WorkOrderReopenedEvent(workOrderId, caseId, FIRST_VENDOR, "Still drips", 2));
        }

        @Test
        void stepsThatNeedAReasonRefuseABlankOne() {
            for (Object command : List.of(new RecordVendorDeclineCommand(workOrderId, " "),
                                          new HoldWorkOrderCommand(workOrderId, ""),
                                          new CancelWorkOrderCommand(workOrderId, null))) {
                fixture.given(historyReaching(ASSIGNED))
                       .when(command, AS_MEMBER)
                       .expectException(InvalidValueException.class)
                       .expectNoEvents();
            }
            fixture.given(historyReaching(COMPLETED))
                   .when(new ReopenWorkOrderCommand(workOrderId, " "), AS_MEMBER)
                   .expectException(InvalidValueException.class);
        }

        @Test
        void refusesANegativeActualCost() {
            fixture.given(historyReaching(IN_PROGRESS))
                   .when(new CompleteWorkOrderCommand(workOrderId, null, usd("-10")), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherOrganizationSeesNoSuchWorkOrder() {
            fixture.given(historyReaching(ASSIGNED))
                   .when(new RecordVendorAcceptanceCommand(workOrderId), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class ComplianceGate {

        @Test
        void refusesAVendorWhoMayNotBeDispatched() {
            fixture.given(created())
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, expiredInsurance(FIRST_VENDOR),
                                                          null), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectException(predicate(
                           failure -> ((RuleViolationException) failure).code().equals("VENDOR_NOT_COMPLIANT")
                                   && ((RuleViolationException) failure).details().get("reasons")
                                                                         .equals(List.of("INSURANCE_EXPIRED"))))
                   .expectNoEvents();
        }

        @Test
        void anOverrideWithAReasonDispatchesAndIsRecorded() {
            fixture.given(created())
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, expiredInsurance(FIRST_VENDOR),
                                                          "Renewal certificate seen, upload pending"), AS_MEMBER)
                   .expectEvents(new WorkOrderVendorAssignedEvent(
                           workOrderId, FIRST_VENDOR, null,
                           new ComplianceOverride(List.of(DispatchBlocker.INSURANCE_EXPIRED),
                                                  "Renewal certificate seen, upload pending")));
        }

        @Test
        void anOverrideForACompliantVendorIsNotRecorded() {
            fixture.given(created())
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR),
                                                          "Just in case"), AS_MEMBER)
                   .expectEvents(new WorkOrderVendorAssignedEvent(workOrderId, FIRST_VENDOR, null, null));
        }
    }

    @Nested
    class OwnerDecisions {

        private Object[] awaiting() {
            return new Object[] {created(CasePriority.NORMAL, usd("900.00")),
                                 asked(usd("900.00"), false, AWAITING_OWNER_APPROVAL, OPEN)};
        }

        private RecordOwnerDecisionCommand decide(OwnerDecision decision, String reason) {
            return new RecordOwnerDecisionCommand(workOrderId, decision, reason, DecisionChannel.PHONE, owner);
        }

        @Test
        void anApprovalReleasesTheWorkForTheApprovedAmount() {
            fixture.given(awaiting())
                   .when(decide(OwnerDecision.APPROVE, null), AS_MEMBER)
                   .expectEvents(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.APPROVE, null,
                                                                         DecisionChannel.PHONE, owner, ACTOR,
                                                                         usd("900.00"), OPEN));
        }

        @Test
        void cancelledWorkTakesNoAnswerAnyMore() {
            // Otherwise an approval would bring the cancelled work back to OPEN behind its closed case.
            fixture.given(awaiting())
                   .andGiven(new WorkOrderCancelledEvent(workOrderId, caseId, "Tenant moved out",
                                                         AWAITING_OWNER_APPROVAL))
                   .when(decide(OwnerDecision.APPROVE, null), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("CANCELLED"))
                   .expectNoEvents();
        }

        @Test
        void workWaitingForTheOwnerCannotBeAssigned() {
            fixture.given(awaiting())
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR), null),
                         AS_MEMBER)
                   .expectException(InvalidTransitionException.class);
        }

        @Test
        void aDeclineNeedsAReasonAndThenHoldsTheWorkBack() {
            fixture.given(awaiting())
                   .when(decide(OwnerDecision.DECLINE, null), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
            fixture.given(awaiting())
                   .andGiven(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.DECLINE, "Too dear",
                                                                     DecisionChannel.EMAIL, owner, ACTOR, null,
                                                                     OPEN))
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR), null),
                         AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("declined"))
                   .expectNoEvents();
        }

        @Test
        void loweringTheCeilingAfterADeclineLetsTheWorkGoOn() {
            fixture.given(awaiting())
                   .andGiven(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.DECLINE, "Too dear",
                                                                     DecisionChannel.EMAIL, owner, ACTOR, null,
                                                                     OPEN))
                   .when(new ReviseWorkOrderCommand(workOrderId, null, null, null, null, null,
                                                    Optional.of(usd("450")), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCostRevisedEvent(workOrderId, null, usd("450.00")),
                                 new WorkOrderOwnerApprovalDroppedEvent(workOrderId, usd("450.00"), OPEN));
        }

        @Test
        void loweringTheCeilingWhileWaitingDropsTheQuestion() {
            fixture.given(awaiting())
                   .when(new ReviseWorkOrderCommand(workOrderId, null, null, null, null, null,
                                                    Optional.of(usd("500")), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCostRevisedEvent(workOrderId, null, usd("500.00")),
                                 new WorkOrderOwnerApprovalDroppedEvent(workOrderId, usd("500.00"), OPEN));
        }

        @Test
        void raisingTheCeilingOfDispatchedWorkAsksAgainAndReturnsThereAfterwards() {
            fixture.given(historyReaching(SCHEDULED))
                   .when(new ReviseWorkOrderCommand(workOrderId, null, null, null, null, null,
                                                    Optional.of(usd("800")), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCostRevisedEvent(workOrderId, null, usd("800.00")),
                                 asked(usd("800.00"), false, AWAITING_OWNER_APPROVAL, SCHEDULED));
            fixture.given(historyReaching(SCHEDULED))
                   .andGiven(new WorkOrderCostRevisedEvent(workOrderId, null, usd("800.00")),
                             asked(usd("800.00"), false, AWAITING_OWNER_APPROVAL, SCHEDULED))
                   .when(decide(OwnerDecision.APPROVE, "Go ahead"), AS_MEMBER)
                   .expectEvents(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.APPROVE,
                                                                         "Go ahead", DecisionChannel.PHONE, owner,
                                                                         ACTOR, usd("800.00"), SCHEDULED));
        }

        @Test
        void aCeilingWithinWhatTheOwnerApprovedAsksNobody() {
            fixture.given(awaiting())
                   .andGiven(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.APPROVE, null,
                                                                     DecisionChannel.PHONE, owner, ACTOR,
                                                                     usd("900.00"), OPEN))
                   .when(new ReviseWorkOrderCommand(workOrderId, null, null, null, null, null,
                                                    Optional.of(usd("850")), limitOf("500")), AS_MEMBER)
                   .expectEvents(new WorkOrderCostRevisedEvent(workOrderId, null, usd("850.00")));
        }

        @Test
        void emergencyWorkIsNotHeldBackByADecline() {
            fixture.given(created(CasePriority.URGENT, usd("900.00")), asked(usd("900.00"), true, OPEN, OPEN))
                   .when(decide(OwnerDecision.DECLINE, "Call me first"), AS_MEMBER)
                   .expectEvents(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.DECLINE,
                                                                         "Call me first", DecisionChannel.PHONE,
                                                                         owner, ACTOR, null, OPEN));
            fixture.given(created(CasePriority.URGENT, usd("900.00")), asked(usd("900.00"), true, OPEN, OPEN),
                          new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.DECLINE, "Call me first",
                                                                  DecisionChannel.PHONE, owner, ACTOR, null, OPEN))
                   .when(new AssignWorkOrderVendorCommand(workOrderId, FIRST_VENDOR, compliant(FIRST_VENDOR), null),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesADecisionNobodyAskedForOrFromAnOwnerNotAsked() {
            fixture.given(created())
                   .when(decide(OwnerDecision.APPROVE, null), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("not waiting"));
            fixture.given(awaiting())
                   .when(new RecordOwnerDecisionCommand(workOrderId, OwnerDecision.APPROVE, null,
                                                        DecisionChannel.EMAIL, UUID.randomUUID()), AS_MEMBER)
                   .expectException(InvalidReferenceException.class)
                   .expectNoEvents();
            fixture.given(awaiting())
                   .andGiven(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.APPROVE, null,
                                                                     DecisionChannel.PHONE, owner, ACTOR,
                                                                     usd("900.00"), OPEN))
                   .when(decide(OwnerDecision.DECLINE, "Changed my mind"), AS_MEMBER)
                   .expectException(RuleViolationException.class);
        }
    }

    @Nested
    class OwnerAnswersInThePortal {

        private final String portalUser = UUID.randomUUID().toString();

        private Object[] awaiting() {
            return new Object[] {created(CasePriority.NORMAL, usd("900.00")),
                                 asked(usd("900.00"), false, AWAITING_OWNER_APPROVAL, OPEN)};
        }

        private Map<String, Object> asPortalUserOf(UUID ownerId) {
            return Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(), MessageMetadata.USER_ID, portalUser,
                          MessageMetadata.ACTING_OWNER_ID, ownerId.toString());
        }

        @Test
        void theOwnerAnswersInPersonThroughThePortal() {
            fixture.given(awaiting())
                   .when(new RecordOwnerDecisionCommand(workOrderId, OwnerDecision.APPROVE, null,
                                                        DecisionChannel.PORTAL, owner), asPortalUserOf(owner))
                   .expectEvents(new WorkOrderOwnerDecisionRecordedEvent(workOrderId, OwnerDecision.APPROVE, null,
                                                                         DecisionChannel.PORTAL, owner, portalUser,
                                                                         usd("900.00"), OPEN));
        }

        @Test
        void anOwnerAnswersOnlyForThemselvesAndOnlyThroughThePortal() {
            UUID otherOwner = UUID.randomUUID();
            fixture.given(awaiting())
                   .when(new RecordOwnerDecisionCommand(workOrderId, OwnerDecision.APPROVE, null,
                                                        DecisionChannel.PORTAL, owner), asPortalUserOf(otherOwner))
                   .expectException(ActionNotPermittedException.class)
                   .expectNoEvents();
            fixture.given(awaiting())
                   .when(new RecordOwnerDecisionCommand(workOrderId, OwnerDecision.APPROVE, null,
                                                        DecisionChannel.PHONE, owner), asPortalUserOf(owner))
                   .expectException(ActionNotPermittedException.class)
                   .expectNoEvents();
        }

        @Test
        void staffCannotAnswerAsThoughThroughThePortal() {
            fixture.given(awaiting())
                   .when(new RecordOwnerDecisionCommand(workOrderId, OwnerDecision.APPROVE, null,
                                                        DecisionChannel.PORTAL, owner), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyWhatChanged() {
            Instant due = Instant.parse("2026-12-24T12:00:00Z");
            fixture.given(created())
                   .when(new ReviseWorkOrderCommand(workOrderId, "Replace tap", null, Optional.empty(),
                                                    Optional.of(due), Optional.of(usd("300")), null, null), AS_MEMBER)
                   .expectEvents(new WorkOrderDetailsRevisedEvent(workOrderId, "Replace tap", "Kitchen tap drips",
                                                                  null),
                                 new WorkOrderSlaDueChangedEvent(workOrderId, due),
                                 new WorkOrderCostRevisedEvent(workOrderId, usd("300.00"), usd("400.00")));
            fixture.given(created())
                   .when(new ReviseWorkOrderCommand(workOrderId, "Fix tap", Optional.of("Kitchen tap drips"), null,
                                                    Optional.of(VISIT), null, Optional.of(usd("400")), null),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void refusesChangesOnceCompletedOrCancelled() {
            for (WorkOrderStatus ended : List.of(COMPLETED, CANCELLED)) {
                fixture.given(historyReaching(ended))
                       .when(new ReviseWorkOrderCommand(workOrderId, "Other", null, null, null, null, null, null),
                             AS_MEMBER)
                       .expectException(RuleViolationException.class)
                       .expectExceptionMessage(containsString("can no longer be changed"))
                       .expectNoEvents();
            }
        }

        @Test
        void refusesAnEstimateAboveTheCeiling() {
            fixture.given(created())
                   .when(new ReviseWorkOrderCommand(workOrderId, null, null, null, null, Optional.of(usd("401")),
                                                    null, null), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }
}
