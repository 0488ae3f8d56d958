package com.vivanta.ops.command.invoice;

import static com.vivanta.ops.api.invoice.InvoiceStatus.APPROVED;
import static com.vivanta.ops.api.invoice.InvoiceStatus.CHANGES_REQUESTED;
import static com.vivanta.ops.api.invoice.InvoiceStatus.DRAFT;
import static com.vivanta.ops.api.invoice.InvoiceStatus.EXPORTED;
import static com.vivanta.ops.api.invoice.InvoiceStatus.PENDING_APPROVAL;
import static com.vivanta.ops.api.invoice.InvoiceStatus.PENDING_REVIEW;
import static com.vivanta.ops.api.invoice.InvoiceStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.anything;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.invoice.AddInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.ApprovalStepReassignedEvent;
import com.vivanta.ops.api.invoice.ChangeInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ClearDuplicateSuspicionCommand;
import com.vivanta.ops.api.invoice.CreateInvoiceCommand;
import com.vivanta.ops.api.invoice.DecideApprovalStepCommand;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.invoice.ExportInvoiceCommand;
import com.vivanta.ops.api.invoice.InvoiceApprovalFlowStartedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceAutoApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceChangesRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceCreatedEvent;
import com.vivanta.ops.api.invoice.InvoiceDetailsRevisedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspectedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspicionClearedEvent;
import com.vivanta.ops.api.invoice.InvoiceExportedEvent;
import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.InvoiceLineAddedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineChangedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineRemovedEvent;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.invoice.NteCheck;
import com.vivanta.ops.api.invoice.ReassignApprovalStepCommand;
import com.vivanta.ops.api.invoice.RejectInvoiceCommand;
import com.vivanta.ops.api.invoice.RemoveInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ReviseInvoiceCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForApprovalCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForReviewCommand;
import com.vivanta.ops.api.invoice.WorkOrderMatch;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.command.common.UniqueKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final String CLERK = UUID.randomUUID().toString();
    private static final String APPROVER = UUID.randomUUID().toString();
    private static final String SECOND_APPROVER = UUID.randomUUID().toString();
    private static final UUID VENDOR = UUID.randomUUID();
    private static final UUID PROPERTY = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final LocalDate INVOICE_DATE = LocalDate.parse("2026-11-20");
    private static final InvoiceLine LABOUR = line(1, "3", "19.99", "8.25");
    private static final InvoiceLine PARTS = line(2, "1", "100", null);
    private static final Money LABOUR_TOTAL = Money.of("64.92", "USD");
    private static final ExpenseCategory CATEGORY = ExpenseCategory.REPAIRS_AND_MAINTENANCE;

    /** Every action and the statuses it may be taken from — written out, not derived. */
    private static final Map<String, Set<InvoiceStatus>> ALLOWED = Map.of(
            "edit", EnumSet.of(DRAFT, CHANGES_REQUESTED),
            "submit-for-review", EnumSet.of(DRAFT, CHANGES_REQUESTED),
            "submit-for-approval", EnumSet.of(DRAFT, PENDING_REVIEW, CHANGES_REQUESTED),
            "reject", EnumSet.of(PENDING_REVIEW),
            "decide", EnumSet.of(PENDING_APPROVAL),
            "reassign", EnumSet.of(PENDING_APPROVAL),
            "clear-duplicate", EnumSet.of(DRAFT, PENDING_REVIEW, CHANGES_REQUESTED),
            "export", EnumSet.of(APPROVED));

    private final UUID invoiceId = UUID.randomUUID();
    private final UUID flowId = UUID.randomUUID();
    private final UUID policyId = UUID.randomUUID();
    private AggregateTestFixture<Invoice> fixture;
    private UniqueKeys uniqueKeys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        uniqueKeys = mock(UniqueKeys.class);
        when(uniqueKeys.tryClaim(any(), any())).thenReturn(true);
        fixture.registerInjectableResource(uniqueKeys);
    }

    private static InvoiceLine line(int number, String quantity, String unitPrice, String taxRate) {
        return new InvoiceLine(number, "Line " + number, new BigDecimal(quantity), new BigDecimal(unitPrice),
                               taxRate == null ? null : new BigDecimal(taxRate), "6100");
    }

    private static Map<String, Object> as(String user) {
        return Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(), MessageMetadata.USER_ID, user);
    }

    private static InvoiceTotals totals(String subtotal, String tax, String total) {
        return new InvoiceTotals(Money.of(subtotal, "USD"), Money.of(tax, "USD"), Money.of(total, "USD"));
    }

    private static ApprovalStepPlan roleStep(String role) {
        return new ApprovalStepPlan("By " + role, ApprovalStepKind.STAFF, Set.of(), role, List.of(), ApprovalMode.ANY);
    }

    private static ApprovalStepPlan allOf(String... users) {
        return new ApprovalStepPlan("Everyone", ApprovalStepKind.STAFF,
                                    Stream.of(users).map(UUID::fromString).collect(java.util.stream.Collectors.toSet()),
                                    null, List.of(), ApprovalMode.ALL);
    }

    private static ApprovalStepPlan ownerStep() {
        return new ApprovalStepPlan("Owner approval", ApprovalStepKind.OWNER, Set.of(), null, List.of(OWNER),
                                    ApprovalMode.ANY);
    }

    private ApprovalRoute route(ApprovalStepPlan... steps) {
        return new ApprovalRoute(policyId, 3, "Standard", List.of(steps));
    }

    private CreateInvoiceCommand create(String number, List<InvoiceLine> lines) {
        return new CreateInvoiceCommand(invoiceId, VENDOR, PROPERTY, null, null, number, INVOICE_DATE,
                                        INVOICE_DATE.plusDays(30), "USD", ExpenseCategory.REPAIRS_AND_MAINTENANCE,
                                        lines);
    }

    private InvoiceCreatedEvent created(UUID workOrderId) {
        return new InvoiceCreatedEvent(invoiceId, ORG, VENDOR, PROPERTY, workOrderId, null, "INV-42", INVOICE_DATE,
                                       INVOICE_DATE.plusDays(30), "USD", ExpenseCategory.REPAIRS_AND_MAINTENANCE,
                                       CLERK);
    }

    private InvoiceLineAddedEvent labourAdded() {
        return new InvoiceLineAddedEvent(invoiceId, LABOUR, totals("59.97", "4.95", "64.92"));
    }

    private InvoiceApprovalFlowStartedEvent flowStarted(UUID flow, ApprovalStepPlan... steps) {
        return new InvoiceApprovalFlowStartedEvent(invoiceId, flow, CLERK, route(steps), NteCheck.NOT_APPLICABLE);
    }

    private DecideApprovalStepCommand decide(ApprovalDecision decision, String reason, String... roles) {
        return new DecideApprovalStepCommand(invoiceId, flowId, decision, reason, Set.of(roles), false, null, null);
    }

    private DecideApprovalStepCommand approveAsFinance() {
        return decide(ApprovalDecision.APPROVE, null, "finance");
    }

    /** Events that bring a one-line invoice to the status; in approval, one step for the finance role. */
    private List<Object> historyReaching(InvoiceStatus status) {
        List<Object> events = new ArrayList<>(List.of(created(null), labourAdded()));
        switch (status) {
            case DRAFT -> {
            }
            case PENDING_REVIEW -> events.add(reviewRequested());
            case CHANGES_REQUESTED -> {
                events.add(flowStarted(UUID.randomUUID(), roleStep("finance")));
                events.add(new InvoiceChangesRequestedEvent(invoiceId, null, "Wrong rate", APPROVER));
            }
            case REJECTED -> {
                events.add(reviewRequested());
                events.add(new InvoiceRejectedEvent(invoiceId, null, "Not ours", APPROVER));
            }
            default -> {
                events.add(flowStarted(flowId, roleStep("finance")));
                if (status != PENDING_APPROVAL) {
                    events.add(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                            APPROVER, null, null, true));
                    events.add(new InvoiceApprovedEvent(invoiceId, flowId));
                }
                if (status == EXPORTED) {
                    events.add(new InvoiceExportedEvent(invoiceId, UUID.randomUUID(), CLERK));
                }
            }
        }
        return events;
    }

    private InvoiceReviewRequestedEvent reviewRequested() {
        return new InvoiceReviewRequestedEvent(invoiceId, CLERK, null, NteCheck.NOT_APPLICABLE);
    }

    private Object commandFor(String action) {
        return switch (action) {
            case "edit" -> new AddInvoiceLineCommand(invoiceId, PARTS);
            case "submit-for-review" -> new SubmitInvoiceForReviewCommand(invoiceId, null, null, List.of());
            case "submit-for-approval" -> new SubmitInvoiceForApprovalCommand(invoiceId, UUID.randomUUID(),
                                                                              route(roleStep("finance")),
                                                                              LABOUR_TOTAL, CATEGORY, null, List.of());
            case "reject" -> new RejectInvoiceCommand(invoiceId, "Not ours");
            case "decide" -> approveAsFinance();
            case "reassign" -> new ReassignApprovalStepCommand(invoiceId, flowId, Set.of(UUID.fromString(APPROVER)),
                                                               null, "On leave");
            case "clear-duplicate" -> new ClearDuplicateSuspicionCommand(invoiceId, "Different job");
            case "export" -> new ExportInvoiceCommand(invoiceId, UUID.randomUUID());
            default -> throw new IllegalArgumentException(action);
        };
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return ALLOWED.keySet().stream()
                      .flatMap(action -> EnumSet.allOf(InvoiceStatus.class).stream()
                                                .map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void followsTheTransitionTable(String action, InvoiceStatus status) {
        List<Object> history = historyReaching(status);
        if (action.equals("clear-duplicate")) {
            history.add(new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(UUID.randomUUID())));
        }
        var result = fixture.given(history).when(commandFor(action), as(APPROVER));
        if (ALLOWED.get(action).contains(status)) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(InvalidTransitionException.class);
        }
    }

    @Nested
    class LinesAndTotals {

        @Test
        void totalsFollowTheLinesRoundedPerLine() {
            fixture.givenNoPriorActivity()
                   .when(create("INV-42", List.of(LABOUR, PARTS)), as(CLERK))
                   .expectEvents(new InvoiceCreatedEvent(invoiceId, ORG, VENDOR, PROPERTY, null, null, "INV-42",
                                                         INVOICE_DATE, INVOICE_DATE.plusDays(30), "USD",
                                                         ExpenseCategory.REPAIRS_AND_MAINTENANCE, CLERK),
                                 // 3 x 19.99 = 59.97; 8.25 % of it is 4.947525, rounded half-up to 4.95
                                 new InvoiceLineAddedEvent(invoiceId, LABOUR, totals("59.97", "4.95", "64.92")),
                                 new InvoiceLineAddedEvent(invoiceId, PARTS, totals("159.97", "4.95", "164.92")));
        }

        @Test
        void changingAndRemovingLinesRecomputesTheTotals() {
            InvoiceLine dearer = line(1, "2", "50.005", "10");
            fixture.given(created(null), labourAdded())
                   .when(new ChangeInvoiceLineCommand(invoiceId, dearer), as(CLERK))
                   // 2 x 50.005 = 100.01; tax 10.001 -> 10.00
                   .expectEvents(new InvoiceLineChangedEvent(invoiceId, dearer, totals("100.01", "10.00", "110.01")));
            fixture.given(created(null), labourAdded())
                   .when(new RemoveInvoiceLineCommand(invoiceId, 1), as(CLERK))
                   .expectEvents(new InvoiceLineRemovedEvent(invoiceId, 1, totals("0.00", "0.00", "0.00")));
        }

        @Test
        void refusesBadLines() {
            fixture.given(created(null), labourAdded())
                   .when(new AddInvoiceLineCommand(invoiceId, line(1, "1", "5", null)), as(CLERK))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null))
                   .when(new AddInvoiceLineCommand(invoiceId, line(2, "0", "5", null)), as(CLERK))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null))
                   .when(new AddInvoiceLineCommand(invoiceId, line(2, "1", "5", "101")), as(CLERK))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null))
                   .when(new RemoveInvoiceLineCommand(invoiceId, 7), as(CLERK))
                   .expectException(InvalidReferenceException.class);
            fixture.givenNoPriorActivity()
                   .when(create("A", List.of(LABOUR, line(1, "1", "1", null))), as(CLERK))
                   .expectException(InvalidValueException.class);
            fixture.givenNoPriorActivity()
                   .when(new CreateInvoiceCommand(invoiceId, VENDOR, PROPERTY, null, null, null, null, null, "XYZ",
                                                  null, List.of()), as(CLERK))
                   .expectException(InvalidValueException.class);
        }

        @Test
        void totalsBeyondWhatMoneyHoldsAreRefusedAsBadInput() {
            InvoiceLine huge = line(2, "1000000000", "999999", "100");
            fixture.given(created(null), labourAdded())
                   .when(new AddInvoiceLineCommand(invoiceId, huge), as(CLERK))
                   .expectException(InvalidValueException.class);
        }

        @Test
        void aDueDateBeforeTheInvoiceDateIsRefused() {
            fixture.given(created(null))
                   .when(new ReviseInvoiceCommand(invoiceId, null, null, Optional.of(INVOICE_DATE.minusDays(1)),
                                                  null), as(CLERK))
                   .expectException(InvalidValueException.class);
        }

        @Test
        void aSubmittedInvoiceIsLocked() {
            fixture.given(created(null), labourAdded(), reviewRequested())
                   .when(new ChangeInvoiceLineCommand(invoiceId, line(1, "9", "1", null)), as(CLERK))
                   .expectException(InvalidTransitionException.class);
        }
    }

    @Nested
    class Duplicates {

        @Test
        void theSameVendorsNumberIsRefusedHowEverItIsSpelt() {
            when(uniqueKeys.tryClaim(any(), any())).thenReturn(false);
            fixture.givenNoPriorActivity()
                   .when(create("inv 0042", List.of()), as(CLERK))
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString("inv 0042"));
            assertThat(InvoiceNumbers.normalized("INV-0042")).isEqualTo(InvoiceNumbers.normalized("inv 42"))
                                                             .isEqualTo(InvoiceNumbers.normalized("Inv.42"))
                                                             .isEqualTo("inv42");
            assertThat(InvoiceNumbers.normalized("000123")).isEqualTo("123");
            assertThat(InvoiceNumbers.normalized("A10-B007")).isEqualTo("a10b7");
            assertThat(InvoiceNumbers.normalized("1000")).isEqualTo("1000");
            assertThat(InvoiceNumbers.normalized("A1-002")).isEqualTo(InvoiceNumbers.normalized("A1-2"));
        }

        @Test
        void renumberingMovesTheClaim() {
            fixture.given(created(null))
                   .when(new ReviseInvoiceCommand(invoiceId, Optional.of("INV-43"), null, null, null), as(CLERK))
                   .expectEvents(new InvoiceDetailsRevisedEvent(invoiceId, "INV-43", INVOICE_DATE,
                                                                INVOICE_DATE.plusDays(30),
                                                                ExpenseCategory.REPAIRS_AND_MAINTENANCE));
            org.mockito.Mockito.verify(uniqueKeys).release(InvoiceNumbers.key(ORG, VENDOR, "INV-42"), invoiceId);
        }

        @Test
        void aLookAlikeDivertsASubmissionToReviewAndBlocksApprovalUntilCleared() {
            UUID similar = UUID.randomUUID();
            fixture.given(created(null), labourAdded())
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(roleStep("finance")),
                                                             LABOUR_TOTAL, CATEGORY, null, List.of(similar)), as(CLERK))
                   .expectEvents(new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(similar)),
                                 new InvoiceReviewRequestedEvent(invoiceId, CLERK,
                                                                 "Suspected duplicate: sent to review",
                                                                 NteCheck.NOT_APPLICABLE));
            fixture.given(created(null), labourAdded(), new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(similar)),
                          reviewRequested())
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(roleStep("finance")),
                                                             LABOUR_TOTAL, CATEGORY, null, List.of(similar)), as(CLERK))
                   .expectException(RuleViolationException.class);
        }

        @Test
        void aClearedSuspicionIsNotRaisedAgainForTheSameInvoices() {
            UUID similar = UUID.randomUUID();
            fixture.given(created(null), labourAdded(), new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(similar)),
                          reviewRequested())
                   .when(new ClearDuplicateSuspicionCommand(invoiceId, "Two separate call-outs"), as(APPROVER))
                   .expectEvents(new InvoiceDuplicateSuspicionClearedEvent(invoiceId, "Two separate call-outs",
                                                                           APPROVER));
            fixture.given(created(null), labourAdded(), new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(similar)),
                          reviewRequested(),
                          new InvoiceDuplicateSuspicionClearedEvent(invoiceId, "Two separate call-outs", APPROVER))
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(roleStep("finance")),
                                                             LABOUR_TOTAL, CATEGORY, null, List.of(similar)), as(CLERK))
                   .expectEvents(flowStarted(flowId, roleStep("finance")));
        }

        @Test
        void whoeverEnteredOrSubmittedCannotClearIt() {
            fixture.given(created(null), labourAdded(), new InvoiceDuplicateSuspectedEvent(invoiceId,
                                                                                          List.of(UUID.randomUUID())),
                          reviewRequested())
                   .when(new ClearDuplicateSuspicionCommand(invoiceId, "Not a duplicate"), as(CLERK))
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void clearingNeedsASuspicionAndAReason() {
            fixture.given(created(null))
                   .when(new ClearDuplicateSuspicionCommand(invoiceId, "x"), as(APPROVER))
                   .expectException(RuleViolationException.class);
            fixture.given(created(null), new InvoiceDuplicateSuspectedEvent(invoiceId, List.of(UUID.randomUUID())))
                   .when(new ClearDuplicateSuspicionCommand(invoiceId, " "), as(APPROVER))
                   .expectException(InvalidValueException.class);
        }
    }

    @Nested
    class Submission {

        @Test
        void needsANumberADateAndLines() {
            fixture.given(created(null))
                   .when(new SubmitInvoiceForReviewCommand(invoiceId, null, null, List.of()), as(CLERK))
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString("lines"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OPEN", "IN_PROGRESS", "CANCELLED"})
        void billsOnlyCompletedWork(String workOrderStatus) {
            fixture.given(created(UUID.randomUUID()), labourAdded())
                   .when(new SubmitInvoiceForReviewCommand(invoiceId, null,
                                                           new WorkOrderMatch(WorkOrderStatus.valueOf(workOrderStatus),
                                                                              null, 10), List.of()), as(CLERK))
                   .expectException(RuleViolationException.class);
        }

        @Test
        void comparesTheTotalWithTheCeilingPlusTolerance() {
            // 64.92 against a ceiling of 60.00: within 10 % (66.00), beyond 5 % (63.00)
            fixture.given(created(UUID.randomUUID()), labourAdded())
                   .when(new SubmitInvoiceForReviewCommand(invoiceId, null, completedWork("60.00", 10), List.of()),
                         as(CLERK))
                   .expectEvents(new InvoiceReviewRequestedEvent(invoiceId, CLERK, null, NteCheck.WITHIN_NTE));
            fixture.given(created(UUID.randomUUID()), labourAdded())
                   .when(new SubmitInvoiceForReviewCommand(invoiceId, null, completedWork("60.00", 5), List.of()),
                         as(CLERK))
                   .expectEvents(new InvoiceReviewRequestedEvent(invoiceId, CLERK, null, NteCheck.EXCEEDS_NTE));
        }

        @Test
        void aRouteWorkedOutForAnotherCategoryIsRefused() {
            fixture.given(created(null), labourAdded())
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(), LABOUR_TOTAL,
                                                             ExpenseCategory.CAPITAL, null, List.of()), as(CLERK))
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }

        @Test
        void aRouteWorkedOutForAnotherTotalIsRefused() {
            fixture.given(created(null), labourAdded(), new InvoiceLineAddedEvent(invoiceId, PARTS,
                                                                                  totals("159.97", "4.95", "164.92")))
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(), LABOUR_TOTAL, CATEGORY, null,
                                                             List.of()), as(CLERK))
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }

        @Test
        void belowEveryThresholdTheInvoiceIsApprovedByPolicy() {
            fixture.given(created(null), labourAdded())
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(), LABOUR_TOTAL, CATEGORY,
                                                             null, List.of()), as(CLERK))
                   .expectEvents(flowStarted(flowId),
                                 new InvoiceAutoApprovedEvent(invoiceId, flowId, policyId, 3, "Standard"));
        }

        @Test
        void anInvoiceAboveItsCeilingIsNeverApprovedUnseen() {
            fixture.given(created(UUID.randomUUID()), labourAdded())
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route(), LABOUR_TOTAL, CATEGORY,
                                                             completedWork("50.00", 10),
                                                             List.of()), as(CLERK))
                   .expectEvents(new InvoiceApprovalFlowStartedEvent(invoiceId, flowId, CLERK,
                                                                     route(Invoice.ABOVE_CEILING_STEP),
                                                                     NteCheck.EXCEEDS_NTE));
        }

        private static WorkOrderMatch completedWork(String ceiling, int tolerance) {
            return new WorkOrderMatch(WorkOrderStatus.COMPLETED, Money.of(ceiling, "USD"), tolerance);
        }
    }

    @Nested
    class Approval {

        @Test
        void anyApproverOfTheRoleDecidesAStep() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(approveAsFinance(), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              APPROVER, null, null, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
        }

        @Test
        void aStepForEveryoneNamedWaitsForTheLastOfThem() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, allOf(APPROVER, SECOND_APPROVER)))
                   .when(decide(ApprovalDecision.APPROVE, null), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              APPROVER, null, null, false));
            fixture.given(created(null), labourAdded(), flowStarted(flowId, allOf(APPROVER, SECOND_APPROVER)),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                       APPROVER, null, null, false))
                   .when(decide(ApprovalDecision.APPROVE, null), as(SECOND_APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              SECOND_APPROVER, null, null, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
            fixture.given(created(null), labourAdded(), flowStarted(flowId, allOf(APPROVER, SECOND_APPROVER)),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                       APPROVER, null, null, false))
                   .when(decide(ApprovalDecision.APPROVE, null), as(APPROVER))
                   .expectException(RuleViolationException.class);
        }

        @Test
        void stepsAreDecidedInOrderAndTheLastApprovesTheInvoice() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance"), roleStep("admin")))
                   .when(approveAsFinance(), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              APPROVER, null, null, true));
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance"), roleStep("admin")),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                       APPROVER, null, null, true))
                   .when(decide(ApprovalDecision.APPROVE, null, "admin"), as(SECOND_APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 2, ApprovalDecision.APPROVE, null,
                                                              SECOND_APPROVER, null, null, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
        }

        @Test
        void anOwnerStepTakesTheOwnersAnswerAsRecordedByStaff() {
            DecideApprovalStepCommand byPhone = new DecideApprovalStepCommand(invoiceId, flowId,
                                                                              ApprovalDecision.APPROVE, null, Set.of(),
                                                                              false, DecisionChannel.PHONE, OWNER);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(byPhone, as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              APPROVER, DecisionChannel.PHONE, OWNER, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(new DecideApprovalStepCommand(invoiceId, flowId, ApprovalDecision.APPROVE, null, Set.of(),
                                                       false, DecisionChannel.PORTAL, OWNER), as(APPROVER))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(new DecideApprovalStepCommand(invoiceId, flowId, ApprovalDecision.APPROVE, null, Set.of(),
                                                       false, DecisionChannel.EMAIL, UUID.randomUUID()), as(APPROVER))
                   .expectException(InvalidReferenceException.class);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(byPhone, as(CLERK))
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void theOwnerDecidesTheirStepInPersonThroughThePortalAndNoOtherStep() {
            String portalUser = UUID.randomUUID().toString();
            Map<String, Object> asOwner = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                 MessageMetadata.USER_ID, portalUser,
                                                 MessageMetadata.ACTING_OWNER_ID, OWNER.toString());
            DecideApprovalStepCommand inPortal = new DecideApprovalStepCommand(invoiceId, flowId,
                                                                               ApprovalDecision.APPROVE, null,
                                                                               Set.of(), false, DecisionChannel.PORTAL,
                                                                               OWNER);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(inPortal, asOwner)
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              portalUser, DecisionChannel.PORTAL, OWNER, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
            Map<String, Object> asAnotherOwner = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                        MessageMetadata.USER_ID, portalUser,
                                                        MessageMetadata.ACTING_OWNER_ID, UUID.randomUUID().toString());
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(inPortal, asAnotherOwner)
                   .expectException(ActionNotPermittedException.class);
            // A step open to anyone is open to any of the staff, not to an owner.
            fixture.given(created(null), labourAdded(),
                          flowStarted(flowId, new ApprovalStepPlan("Anyone", ApprovalStepKind.STAFF, Set.of(), null,
                                                                   List.of(), ApprovalMode.ANY)))
                   .when(inPortal, asOwner)
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void recordingAnOwnersAnswerDoesNotCountAsTheRecordersApproval() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep(), roleStep("finance")),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null, APPROVER,
                                                       DecisionChannel.PHONE, OWNER, true))
                   .when(approveAsFinance(), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 2, ApprovalDecision.APPROVE, null,
                                                              APPROVER, null, null, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
        }

        @Test
        void aRejectionEndsTheFlowAtOnceWhateverStepsRemain() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance"), roleStep("admin")))
                   .when(decide(ApprovalDecision.REJECT, "Work not done", "finance"), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.REJECT,
                                                              "Work not done", APPROVER, null, null, true),
                                 new InvoiceRejectedEvent(invoiceId, flowId, "Work not done", APPROVER));
        }

        @Test
        void nothingApprovesARejectedInvoice() {
            // The seed's bug: a step approved after the flow was rejected turned the invoice APPROVED.
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance"), roleStep("admin")),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.REJECT, "No",
                                                       APPROVER, null, null, true),
                          new InvoiceRejectedEvent(invoiceId, flowId, "No", APPROVER))
                   .when(decide(ApprovalDecision.APPROVE, null, "admin"), as(SECOND_APPROVER))
                   .expectException(InvalidTransitionException.class);
        }

        @Test
        void changesRequestedReopenEditingAndAResubmissionStartsAFreshFlow() {
            UUID secondFlow = UUID.randomUUID();
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(decide(ApprovalDecision.REQUEST_CHANGES, "Split labour and parts", "finance"), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.REQUEST_CHANGES,
                                                              "Split labour and parts", APPROVER, null, null, true),
                                 new InvoiceChangesRequestedEvent(invoiceId, flowId, "Split labour and parts",
                                                                  APPROVER));
            List<Object> sentBack = List.of(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")),
                                            new ApprovalStepDecidedEvent(invoiceId, flowId, 1,
                                                                         ApprovalDecision.REQUEST_CHANGES, "Split",
                                                                         APPROVER, null, null, true),
                                            new InvoiceChangesRequestedEvent(invoiceId, flowId, "Split", APPROVER));
            fixture.given(sentBack)
                   .when(new AddInvoiceLineCommand(invoiceId, PARTS), as(CLERK))
                   .expectSuccessfulHandlerExecution();
            fixture.given(sentBack)
                   .when(new SubmitInvoiceForApprovalCommand(invoiceId, secondFlow, route(roleStep("finance")),
                                                             LABOUR_TOTAL, CATEGORY, null, List.of()), as(CLERK))
                   .expectEvents(flowStarted(secondFlow, roleStep("finance")));
            List<Object> resubmitted = new ArrayList<>(sentBack);
            resubmitted.add(flowStarted(secondFlow, roleStep("finance")));
            // The approver who sent it back may approve the fresh flow; a decision aimed at the old one is refused.
            fixture.given(resubmitted)
                   .when(approveAsFinance(), as(APPROVER))
                   .expectException(RuleViolationException.class);
            fixture.given(resubmitted)
                   .when(new DecideApprovalStepCommand(invoiceId, secondFlow, ApprovalDecision.APPROVE, null,
                                                       Set.of("finance"), false, null, null), as(APPROVER))
                   .expectEventsMatching(payloadsMatching(exactSequenceOf(
                           predicate(event -> event instanceof ApprovalStepDecidedEvent decided
                                   && decided.flowId().equals(secondFlow)),
                           predicate(InvoiceApprovedEvent.class::isInstance))));
        }

        @Test
        void rejectingOrSendingBackNeedsAReason() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(decide(ApprovalDecision.REJECT, null, "finance"), as(APPROVER))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null), labourAdded(), reviewRequested())
                   .when(new RejectInvoiceCommand(invoiceId, ""), as(APPROVER))
                   .expectException(InvalidValueException.class);
        }

        @Test
        void aReviewerRejectsInReview() {
            fixture.given(created(null), labourAdded(), reviewRequested())
                   .when(new RejectInvoiceCommand(invoiceId, "Not our building"), as(APPROVER))
                   .expectEvents(new InvoiceRejectedEvent(invoiceId, null, "Not our building", APPROVER));
        }

        @Test
        void exportsAnApprovedInvoiceOnce() {
            UUID exportId = UUID.randomUUID();
            fixture.given(historyReaching(APPROVED))
                   .when(new ExportInvoiceCommand(invoiceId, exportId), as(CLERK))
                   .expectEvents(new InvoiceExportedEvent(invoiceId, exportId, CLERK));
            fixture.given(historyReaching(EXPORTED))
                   .when(new ExportInvoiceCommand(invoiceId, exportId), as(CLERK))
                   .expectException(InvalidTransitionException.class);
        }
    }

    @Nested
    class SeparationOfDuties {

        @Test
        void whoeverEnteredOrSubmittedCannotApprove() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(approveAsFinance(), as(CLERK))
                   .expectException(ActionNotPermittedException.class);
            String submitter = UUID.randomUUID().toString();
            fixture.given(created(null), labourAdded(),
                          new InvoiceApprovalFlowStartedEvent(invoiceId, flowId, submitter, route(roleStep("finance")),
                                                              NteCheck.NOT_APPLICABLE))
                   .when(approveAsFinance(), as(submitter))
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void oneApproverCannotApproveTwoStepsOfAFlow() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance"), roleStep("admin")),
                          new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                       APPROVER, null, null, true))
                   .when(decide(ApprovalDecision.APPROVE, null, "finance", "admin"), as(APPROVER))
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void onlyTheStepsApproversDecideIt() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(decide(ApprovalDecision.REJECT, "No", "operations"), as(APPROVER))
                   .expectException(ActionNotPermittedException.class);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, allOf(APPROVER)))
                   .when(decide(ApprovalDecision.APPROVE, null, "finance"), as(SECOND_APPROVER))
                   .expectException(ActionNotPermittedException.class);
        }

        @Test
        void approvingAboveTheCeilingNeedsTheExtraPermission() {
            InvoiceApprovalFlowStartedEvent flagged = new InvoiceApprovalFlowStartedEvent(
                    invoiceId, flowId, CLERK, route(roleStep("finance")), NteCheck.EXCEEDS_NTE);
            fixture.given(created(UUID.randomUUID()), labourAdded(), flagged)
                   .when(approveAsFinance(), as(APPROVER))
                   .expectException(ActionNotPermittedException.class);
            fixture.given(created(UUID.randomUUID()), labourAdded(), flagged)
                   .when(new DecideApprovalStepCommand(invoiceId, flowId, ApprovalDecision.APPROVE, null,
                                                       Set.of("finance"), true, null, null), as(APPROVER))
                   .expectEvents(new ApprovalStepDecidedEvent(invoiceId, flowId, 1, ApprovalDecision.APPROVE, null,
                                                              APPROVER, null, null, true),
                                 new InvoiceApprovedEvent(invoiceId, flowId));
        }

        @Test
        void anAdministratorHandsAStaffStepToSomeoneElseWithAReason() {
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(new ReassignApprovalStepCommand(invoiceId, flowId, Set.of(UUID.fromString(SECOND_APPROVER)),
                                                         null, "Finance is on leave"), as(APPROVER))
                   .expectEvents(new ApprovalStepReassignedEvent(invoiceId, flowId, 1,
                                                                 Set.of(UUID.fromString(SECOND_APPROVER)), null,
                                                                 "Finance is on leave", APPROVER));
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")),
                          new ApprovalStepReassignedEvent(invoiceId, flowId, 1,
                                                          Set.of(UUID.fromString(SECOND_APPROVER)), null, "Leave",
                                                          APPROVER))
                   .when(approveAsFinance(), as(APPROVER))
                   .expectException(ActionNotPermittedException.class);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, roleStep("finance")))
                   .when(new ReassignApprovalStepCommand(invoiceId, flowId, Set.of(), null, "Leave"), as(APPROVER))
                   .expectException(InvalidValueException.class);
            fixture.given(created(null), labourAdded(), flowStarted(flowId, ownerStep()))
                   .when(new ReassignApprovalStepCommand(invoiceId, flowId, Set.of(), "finance", "Leave"),
                         as(APPROVER))
                   .expectException(RuleViolationException.class);
        }
    }

    @Test
    void anotherOrganizationCannotTouchTheInvoice() {
        fixture.given(created(null))
               .when(new AddInvoiceLineCommand(invoiceId, PARTS),
                     Map.of(MessageMetadata.ORGANIZATION_ID, UUID.randomUUID().toString(),
                            MessageMetadata.USER_ID, CLERK))
               .expectException(NotFoundException.class)
               .expectEvents();
        fixture.given(created(null)).when(new AddInvoiceLineCommand(invoiceId, PARTS), as(CLERK))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(anything())));
    }
}
