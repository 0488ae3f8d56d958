package com.vivanta.ops.command.ai;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.anything;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSuggestionAppliedEvent;
import com.vivanta.ops.api.ai.AiSuggestionExpiredEvent;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionSupersededEvent;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.AppliedAiSuggestion;
import com.vivanta.ops.api.ai.ApplyAiSuggestionCommand;
import com.vivanta.ops.api.ai.ExpireAiSuggestionCommand;
import com.vivanta.ops.api.ai.ProposeAiSuggestionCommand;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.api.ai.RejectAiSuggestionCommand;
import com.vivanta.ops.api.ai.SupersedeAiSuggestionCommand;
import com.vivanta.ops.api.common.InvalidInputException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AiSuggestionTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  UUID.randomUUID().toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);
    private static final long TARGET_VERSION = 4;
    private static final UUID RUN = UUID.randomUUID();
    private static final List<String> ACTIONS = List.of("apply", "reject", "supersede", "expire");
    private static final List<ProposedField> FIELDS = List.of(new ProposedField("caseType", "maintenance", 0.9),
                                                              new ProposedField("priority", "URGENT", 0.75));

    private final UUID suggestionId = UUID.randomUUID();
    private final UUID newerSuggestion = UUID.randomUUID();
    private final AiTarget target = new AiTarget(AiTargetType.CASE, UUID.randomUUID());
    private AggregateTestFixture<AiSuggestion> fixture;
    private Instant expiresAt;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiSuggestion.class);
        expiresAt = fixture.currentTime().plus(Duration.ofDays(7));
    }

    private ProposeAiSuggestionCommand propose() {
        return new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.CASE_ASSIST,
                                              AiSuggestionType.CASE_CLASSIFICATION, target, TARGET_VERSION, FIELDS,
                                              "Tenant reports water under the sink", "local", "local-rules-1",
                                              "case.classification", 2, "sha256:abc", expiresAt);
    }

    private AiSuggestionProposedEvent proposed() {
        return new AiSuggestionProposedEvent(suggestionId, RUN, ORG, AiCapability.CASE_ASSIST,
                                             AiSuggestionType.CASE_CLASSIFICATION, target, TARGET_VERSION, FIELDS,
                                             "Tenant reports water under the sink", "local", "local-rules-1",
                                             "case.classification", 2, "sha256:abc", expiresAt);
    }

    private ApplyAiSuggestionCommand applyAsProposed() {
        return new ApplyAiSuggestionCommand(suggestionId, target, TARGET_VERSION, Map.of());
    }

    private AiSuggestionAppliedEvent appliedAsProposed() {
        return new AiSuggestionAppliedEvent(suggestionId, target, TARGET_VERSION,
                                            Map.of("caseType", "maintenance", "priority", "URGENT"), List.of(), ACTOR);
    }

    /** Events that bring a new suggestion to the given status. */
    private Object[] historyReaching(AiSuggestionStatus status) {
        List<Object> events = new ArrayList<>(List.of(proposed()));
        switch (status) {
            case PROPOSED -> {
            }
            case APPLIED -> events.add(appliedAsProposed());
            case REJECTED -> events.add(new AiSuggestionRejectedEvent(suggestionId, "Not a leak", ACTOR));
            case SUPERSEDED -> events.add(new AiSuggestionSupersededEvent(suggestionId, newerSuggestion));
            case EXPIRED -> events.add(new AiSuggestionExpiredEvent(suggestionId));
        }
        return events.toArray();
    }

    private Object commandFor(String action) {
        return switch (action) {
            case "apply" -> applyAsProposed();
            case "reject" -> new RejectAiSuggestionCommand(suggestionId, "Not a leak");
            case "supersede" -> new SupersedeAiSuggestionCommand(suggestionId, newerSuggestion);
            case "expire" -> new ExpireAiSuggestionCommand(suggestionId);
            default -> throw new IllegalArgumentException(action);
        };
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return ACTIONS.stream().flatMap(action -> Stream.of(AiSuggestionStatus.values())
                                                        .map(status -> Arguments.of(action, status)));
    }

    private static org.hamcrest.Matcher<Throwable> code(String code) {
        return predicate(failure -> ((RuleViolationException) failure).code().equals(code));
    }

    private static org.hamcrest.Matcher<Throwable> field(String field) {
        return predicate(failure -> ((InvalidInputException) failure).field().equals(field));
    }

    @Nested
    class Proposal {

        @Test
        void recordsTheProposalForTheSendersOrganization() {
            fixture.givenNoPriorActivity()
                   .when(propose(), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(proposed());
        }

        static Stream<Arguments> badProposals() {
            return Stream.of(
                    Arguments.of("confidence above 1", "fields[1].confidence", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(fields.get(0), new ProposedField("priority", "URGENT", 1.2))),
                    Arguments.of("negative confidence", "fields[0].confidence", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(new ProposedField("caseType", "maintenance", -0.1))),
                    Arguments.of("unknown confidence", "fields[0].confidence", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(new ProposedField("caseType", "maintenance", Double.NaN))),
                    Arguments.of("a field twice", "fields[1].name", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(fields.get(0), fields.get(0))),
                    Arguments.of("a nameless field", "fields[0].name", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(new ProposedField(" ", "maintenance", 0.5))),
                    Arguments.of("a field without a value", "fields[0].value", (UnaryOperator<List<ProposedField>>)
                            fields -> List.of(new ProposedField("caseType", null, 0.5))),
                    Arguments.of("no fields", "fields", (UnaryOperator<List<ProposedField>>) fields -> List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("com.vivanta.ops.command.ai.AiSuggestionTest$Proposal#badProposals")
        void refusesBadFields(String description, String field, UnaryOperator<List<ProposedField>> change) {
            var command = propose();
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, command.capability(), command.type(),
                                                        command.target(), command.targetVersion(),
                                                        change.apply(FIELDS), command.reasoning(), command.provider(),
                                                        command.model(), command.promptTemplateKey(),
                                                        command.promptTemplateVersion(), command.inputHash(),
                                                        command.expiresAt()), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectException(field(field))
                   .expectNoEvents();
        }

        @Test
        void refusesAProposalWithoutReasoning() {
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.CASE_ASSIST,
                                                        AiSuggestionType.CASE_CLASSIFICATION, target, TARGET_VERSION,
                                                        FIELDS, "  ", "local", "local-rules-1", "case.classification",
                                                        2, "sha256:abc", expiresAt), AS_MEMBER)
                   .expectException(field("reasoning"));
        }

        @Test
        void refusesATypeOfAnotherCapability() {
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.APPROVAL_ASSIST,
                                                        AiSuggestionType.CASE_CLASSIFICATION, target, TARGET_VERSION,
                                                        FIELDS, "Leak", "local", "local-rules-1",
                                                        "case.classification", 2, "sha256:abc", expiresAt), AS_MEMBER)
                   .expectException(field("capability"));
        }

        @Test
        void refusesATargetTheTypeIsNotAbout() {
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.CASE_ASSIST,
                                                        AiSuggestionType.CASE_CLASSIFICATION,
                                                        new AiTarget(AiTargetType.INVOICE, UUID.randomUUID()),
                                                        TARGET_VERSION, FIELDS, "Leak", "local", "local-rules-1",
                                                        "case.classification", 2, "sha256:abc", expiresAt), AS_MEMBER)
                   .expectException(field("target.entityType"));
        }

        @Test
        void refusesAnExpiryInThePast() {
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.CASE_ASSIST,
                                                        AiSuggestionType.CASE_CLASSIFICATION, target, TARGET_VERSION,
                                                        FIELDS, "Leak", "local", "local-rules-1",
                                                        "case.classification", 2, "sha256:abc",
                                                        fixture.currentTime().minusSeconds(1)), AS_MEMBER)
                   .expectException(field("expiresAt"));
        }

        @Test
        void refusesANegativeTargetVersion() {
            fixture.givenNoPriorActivity()
                   .when(new ProposeAiSuggestionCommand(suggestionId, RUN, AiCapability.CASE_ASSIST,
                                                        AiSuggestionType.CASE_CLASSIFICATION, target, -1, FIELDS,
                                                        "Leak", "local", "local-rules-1", "case.classification", 2,
                                                        "sha256:abc", expiresAt), AS_MEMBER)
                   .expectException(field("targetVersion"));
        }
    }

    @Nested
    class Lifecycle {

        @ParameterizedTest(name = "{0} from {1}")
        @MethodSource("com.vivanta.ops.command.ai.AiSuggestionTest#everyActionFromEveryStatus")
        void onlyAProposedSuggestionChanges(String action, AiSuggestionStatus from) {
            var result = fixture.given(historyReaching(from)).when(commandFor(action), AS_MEMBER);
            if (from == AiSuggestionStatus.PROPOSED) {
                result.expectSuccessfulHandlerExecution()
                      .expectEventsMatching(payloadsMatching(exactSequenceOf(anything(), andNoMore())));
            } else if (action.equals("supersede")) {
                // Superseding what is settled already changes nothing: the assistant may have read it as open.
                result.expectSuccessfulHandlerExecution().expectNoEvents();
            } else if (from == AiSuggestionStatus.APPLIED && action.equals("apply")) {
                result.expectException(code(AiSuggestion.SUGGESTION_ALREADY_APPLIED)).expectNoEvents();
            } else {
                result.expectException(InvalidTransitionException.class)
                      .expectExceptionMessage("AI suggestion in status " + from + " cannot " + action)
                      .expectNoEvents();
            }
        }

        @Test
        void anotherOrganizationFindsNothing() {
            fixture.given(proposed())
                   .when(applyAsProposed(), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Apply {

        @Test
        void recordsTheProposedValuesAndWhoAppliedThem() {
            fixture.given(proposed())
                   .when(applyAsProposed(), AS_MEMBER)
                   .expectEvents(appliedAsProposed());
        }

        @Test
        void recordsTheOperatorsEditsAndOnlyRealChangesAsEdited() {
            fixture.given(proposed())
                   .when(new ApplyAiSuggestionCommand(suggestionId, target, TARGET_VERSION,
                                                      Map.of("priority", "HIGH", "caseType", "maintenance")),
                         AS_MEMBER)
                   .expectEvents(new AiSuggestionAppliedEvent(suggestionId, target, TARGET_VERSION,
                                                              Map.of("caseType", "maintenance", "priority", "HIGH"),
                                                              List.of("priority"), ACTOR));
        }

        @Test
        void answersTheFinalValues() {
            fixture.given(proposed())
                   .when(applyAsProposed(), AS_MEMBER)
                   .expectResultMessagePayload(new AppliedAiSuggestion(AiSuggestionType.CASE_CLASSIFICATION,
                                                                       Map.of("caseType", "maintenance",
                                                                              "priority", "URGENT")));
        }

        @Test
        void isNotFoundFromAnotherEntity() {
            fixture.given(proposed())
                   .when(new ApplyAiSuggestionCommand(suggestionId, new AiTarget(AiTargetType.CASE, UUID.randomUUID()),
                                                      TARGET_VERSION, Map.of()), AS_MEMBER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void refusesToApplyTwice() {
            fixture.given(proposed(), appliedAsProposed())
                   .when(applyAsProposed(), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectException(code(AiSuggestion.SUGGESTION_ALREADY_APPLIED))
                   .expectNoEvents();
        }

        @Test
        void refusesATargetThatChangedSinceTheSuggestion() {
            fixture.given(proposed())
                   .when(new ApplyAiSuggestionCommand(suggestionId, target, TARGET_VERSION + 1, Map.of()), AS_MEMBER)
                   .expectException(predicate(failure -> failure instanceof RuleViolationException refusal
                           && refusal.code().equals(AiSuggestion.TARGET_CHANGED)
                           && refusal.details().equals(Map.of("suggestedAtVersion", TARGET_VERSION,
                                                              "currentVersion", TARGET_VERSION + 1))))
                   .expectNoEvents();
        }

        @Test
        void refusesASuggestionPastItsExpiry() {
            fixture.given(proposed())
                   .andGivenCurrentTime(expiresAt)
                   .when(applyAsProposed(), AS_MEMBER)
                   .expectException(code(AiSuggestion.SUGGESTION_EXPIRED))
                   .expectNoEvents();
        }

        @Test
        void appliesJustBeforeTheExpiry() {
            fixture.given(proposed())
                   .andGivenCurrentTime(expiresAt.minusSeconds(1))
                   .when(applyAsProposed(), AS_MEMBER)
                   .expectEvents(appliedAsProposed());
        }

        @Test
        void refusesAnEditOfAFieldThatWasNotProposed() {
            fixture.given(proposed())
                   .when(new ApplyAiSuggestionCommand(suggestionId, target, TARGET_VERSION, Map.of("assignee", "Kim")),
                         AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectException(field("edits"))
                   .expectNoEvents();
        }

        @Test
        void refusesAnEditWithoutAValue() {
            Map<String, String> edits = new HashMap<>();
            edits.put("priority", null);
            fixture.given(proposed())
                   .when(new ApplyAiSuggestionCommand(suggestionId, target, TARGET_VERSION, edits), AS_MEMBER)
                   .expectException(field("edits.priority"))
                   .expectNoEvents();
        }
    }

    @Nested
    class OtherOutcomes {

        @Test
        void rejectRecordsTheReasonAndWhoGaveIt() {
            fixture.given(proposed())
                   .when(new RejectAiSuggestionCommand(suggestionId, "It is a billing question"), AS_MEMBER)
                   .expectEvents(new AiSuggestionRejectedEvent(suggestionId, "It is a billing question", ACTOR));
        }

        @Test
        void rejectNeedsAReason() {
            fixture.given(proposed())
                   .when(new RejectAiSuggestionCommand(suggestionId, " "), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectException(field("reason"))
                   .expectNoEvents();
        }

        @Test
        void supersedeNamesTheNewerSuggestion() {
            fixture.given(proposed())
                   .when(new SupersedeAiSuggestionCommand(suggestionId, newerSuggestion), AS_MEMBER)
                   .expectEvents(new AiSuggestionSupersededEvent(suggestionId, newerSuggestion));
        }

        @Test
        void aSuggestionCannotSupersedeItself() {
            fixture.given(proposed())
                   .when(new SupersedeAiSuggestionCommand(suggestionId, suggestionId), AS_MEMBER)
                   .expectException(field("supersededBy"))
                   .expectNoEvents();
        }

        @Test
        void expireRetiresTheSuggestion() {
            fixture.given(proposed())
                   .when(new ExpireAiSuggestionCommand(suggestionId), AS_MEMBER)
                   .expectEvents(new AiSuggestionExpiredEvent(suggestionId));
        }
    }
}
