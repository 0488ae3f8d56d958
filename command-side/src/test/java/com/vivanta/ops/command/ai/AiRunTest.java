package com.vivanta.ops.command.ai;

import static org.axonframework.test.matchers.Matchers.predicate;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiEvaluationOutcome;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiRunCompletedEvent;
import com.vivanta.ops.api.ai.AiRunEvaluatedEvent;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.CompleteAiRunCommand;
import com.vivanta.ops.api.ai.EvaluateAiRunCommand;
import com.vivanta.ops.api.ai.FailAiRunCommand;
import com.vivanta.ops.api.ai.RetryAiRunCommand;
import com.vivanta.ops.api.ai.StartAiRunCommand;
import com.vivanta.ops.api.common.InvalidInputException;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AiRunTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  UUID.randomUUID().toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);

    private final UUID runId = UUID.randomUUID();
    private final UUID suggestionId = UUID.randomUUID();
    private final AiTarget target = new AiTarget(AiTargetType.CASE, UUID.randomUUID());
    private AggregateTestFixture<AiRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiRun.class);
    }

    private StartAiRunCommand start(int templateVersion, String trigger) {
        return new StartAiRunCommand(runId, AiCapability.CASE_ASSIST, target, trigger, AiProviderKind.LOCAL,
                                     "local-rules-v1", "cases.recommendation", templateVersion, "sha256:abc");
    }

    private AiRunStartedEvent started() {
        return new AiRunStartedEvent(runId, ORG, AiCapability.CASE_ASSIST, target, "case_opened",
                                     AiProviderKind.LOCAL, "local-rules-v1", "cases.recommendation", 1, "sha256:abc",
                                     ACTOR);
    }

    private AiRunCompletedEvent completed() {
        return new AiRunCompletedEvent(runId, "{\"confidence\":0.74}", 0.74, 12, List.of(suggestionId));
    }

    private AiRunFailedEvent failed() {
        return new AiRunFailedEvent(runId, "AI_TIMEOUT", "No answer within 5 s", 5000);
    }

    private static Matcher<Throwable> field(String field) {
        return predicate(failure -> failure instanceof InvalidInputException invalid && invalid.field().equals(field));
    }

    @Nested
    class Start {

        @Test
        void recordsTheRunForTheSendersOrganization() {
            fixture.givenNoPriorActivity()
                   .when(start(1, "case_opened"), AS_MEMBER)
                   .expectEvents(started());
        }

        @Test
        void refusesATemplateVersionBelowOne() {
            fixture.givenNoPriorActivity()
                   .when(start(0, "case_opened"), AS_MEMBER)
                   .expectException(field("promptTemplateVersion"))
                   .expectNoEvents();
        }

        @Test
        void refusesARunWithoutTrigger() {
            fixture.givenNoPriorActivity()
                   .when(start(1, " "), AS_MEMBER)
                   .expectException(field("trigger"))
                   .expectNoEvents();
        }
    }

    @Nested
    class Outcome {

        @Test
        void completesARunningRunWithItsSuggestions() {
            fixture.given(started())
                   .when(new CompleteAiRunCommand(runId, "{\"confidence\":0.74}", 0.74, 12, List.of(suggestionId)),
                         AS_MEMBER)
                   .expectEvents(completed());
        }

        @Test
        void failsARunningRunWithAKnownCode() {
            fixture.given(started())
                   .when(new FailAiRunCommand(runId, "AI_TIMEOUT", "No answer within 5 s", 5000), AS_MEMBER)
                   .expectEvents(failed());
        }

        @Test
        void refusesAnUnknownFailureCode() {
            fixture.given(started())
                   .when(new FailAiRunCommand(runId, "OOPS", "?", 1), AS_MEMBER)
                   .expectException(field("failureCode"))
                   .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
        void refusesAConfidenceOutsideZeroToOne(double confidence) {
            fixture.given(started())
                   .when(new CompleteAiRunCommand(runId, "{}", confidence, 12, List.of()), AS_MEMBER)
                   .expectException(field("confidence"))
                   .expectNoEvents();
        }

        @Test
        void refusesToFinishARunTwice() {
            fixture.given(started(), completed())
                   .when(new FailAiRunCommand(runId, "AI_PROVIDER_ERROR", "late failure", 3), AS_MEMBER)
                   .expectException(InvalidTransitionException.class)
                   .expectNoEvents();
            fixture.given(started(), failed())
                   .when(new CompleteAiRunCommand(runId, "{}", 0.5, 3, List.of()), AS_MEMBER)
                   .expectException(InvalidTransitionException.class)
                   .expectNoEvents();
        }

        @Test
        void isNotFoundFromAnotherOrganization() {
            fixture.given(started())
                   .when(new FailAiRunCommand(runId, "AI_TIMEOUT", "x", 1), AS_OUTSIDER)
                   .expectException(NotFoundException.class);
        }
    }

    @Nested
    class Retry {

        @Test
        void asksAgainForAFailedRunCountingTheAttempt() {
            fixture.given(started(), failed())
                   .when(new RetryAiRunCommand(runId, " provider is back "), AS_MEMBER)
                   .expectEvents(new AiRunRetryRequestedEvent(runId, 2, "provider is back", ACTOR));
            fixture.given(started(), failed(), new AiRunRetryRequestedEvent(runId, 2, null, ACTOR), failed())
                   .when(new RetryAiRunCommand(runId, null), AS_MEMBER)
                   .expectEvents(new AiRunRetryRequestedEvent(runId, 3, null, ACTOR));
        }

        @Test
        void refusesToRetryARunThatDidNotFail() {
            fixture.given(started())
                   .when(new RetryAiRunCommand(runId, null), AS_MEMBER)
                   .expectException(InvalidTransitionException.class);
            fixture.given(started(), completed())
                   .when(new RetryAiRunCommand(runId, null), AS_MEMBER)
                   .expectException(InvalidTransitionException.class)
                   .expectNoEvents();
        }

        @Test
        void aRetriedRunCanCompleteAfterAll() {
            fixture.given(started(), failed(), new AiRunRetryRequestedEvent(runId, 2, null, ACTOR))
                   .when(new CompleteAiRunCommand(runId, "{\"confidence\":0.74}", 0.74, 12, List.of(suggestionId)),
                         AS_MEMBER)
                   .expectEvents(completed());
        }
    }

    @Nested
    class Evaluation {

        private final UUID evaluationId = UUID.randomUUID();

        @Test
        void recordsFeedbackOnTheRunOrOneOfItsSuggestions() {
            fixture.given(started(), completed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, suggestionId, AiEvaluationOutcome.POSITIVE, 0.9,
                                                  " spot on "), AS_MEMBER)
                   .expectEvents(new AiRunEvaluatedEvent(runId, evaluationId, suggestionId,
                                                         AiEvaluationOutcome.POSITIVE, 0.9, "spot on", ACTOR));
            fixture.given(started(), failed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, null, AiEvaluationOutcome.NEGATIVE, null, null),
                         AS_MEMBER)
                   .expectEvents(new AiRunEvaluatedEvent(runId, evaluationId, null, AiEvaluationOutcome.NEGATIVE,
                                                         null, null, ACTOR));
        }

        @Test
        void refusesFeedbackOnARunStillRunning() {
            fixture.given(started())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, null, AiEvaluationOutcome.MIXED, null, null),
                         AS_MEMBER)
                   .expectException(InvalidTransitionException.class);
        }

        @Test
        void refusesASuggestionOfAnotherRun() {
            fixture.given(started(), completed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, UUID.randomUUID(),
                                                  AiEvaluationOutcome.POSITIVE, null, null), AS_MEMBER)
                   .expectException(field("suggestionId"))
                   .expectNoEvents();
        }

        @Test
        void refusesAScoreOutsideZeroToOneAndOverlongNotes() {
            fixture.given(started(), completed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, null, AiEvaluationOutcome.POSITIVE, 1.5, null),
                         AS_MEMBER)
                   .expectException(field("score"));
            fixture.given(started(), completed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, null, AiEvaluationOutcome.POSITIVE, null,
                                                  "x".repeat(801)), AS_MEMBER)
                   .expectException(field("notes"));
            fixture.given(started(), completed())
                   .when(new EvaluateAiRunCommand(runId, evaluationId, null, null, null, null), AS_MEMBER)
                   .expectException(InvalidValueException.class);
        }
    }
}
