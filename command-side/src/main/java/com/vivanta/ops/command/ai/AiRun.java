package com.vivanta.ops.command.ai;

import static com.vivanta.ops.command.ai.AiChecks.required;
import static com.vivanta.ops.command.ai.AiChecks.requireFraction;
import static com.vivanta.ops.command.ai.AiChecks.requiredText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.ai.AiEvaluationOutcome;
import com.vivanta.ops.api.ai.AiRunCompletedEvent;
import com.vivanta.ops.api.ai.AiRunEvaluatedEvent;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.ai.CompleteAiRunCommand;
import com.vivanta.ops.api.ai.EvaluateAiRunCommand;
import com.vivanta.ops.api.ai.FailAiRunCommand;
import com.vivanta.ops.api.ai.RetryAiRunCommand;
import com.vivanta.ops.api.ai.StartAiRunCommand;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One request to an AI provider and its outcome. A run ends COMPLETED (its suggestions named) or FAILED
 * (no suggestion at all); a failed run may be asked again. Feedback is recorded on finished runs only,
 * since it judges an answer (or the lack of one).
 */
@Aggregate
class AiRun extends OrganizationOwnedAggregate {

    /** Failure codes a run may end with. */
    static final Set<String> FAILURE_CODES = Set.of("AI_DISABLED", "AI_TIMEOUT", "AI_PROVIDER_ERROR",
                                                    "AI_MALFORMED_OUTPUT");
    private static final int MAX_NOTES = 800;

    @AggregateIdentifier
    private UUID runId;
    private AiRunStatus status;
    private int attempt;
    private Set<UUID> suggestionIds;

    AiRun() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    AiRun(StartAiRunCommand command, MetaData metaData) {
        required(command.capability(), "capability");
        required(command.provider(), "provider");
        if (command.target() != null) {
            required(command.target().entityType(), "target.entityType");
            required(command.target().entityId(), "target.entityId");
        }
        if (command.promptTemplateVersion() < 1) {
            throw new InvalidValueException("promptTemplateVersion", command.promptTemplateVersion(),
                                            "must be 1 or more");
        }
        apply(new AiRunStartedEvent(command.runId(), CommandMetadata.organizationId(metaData), command.capability(),
                                    command.target(), requiredText(command.trigger(), "trigger"), command.provider(),
                                    requiredText(command.model(), "model"),
                                    requiredText(command.promptTemplateKey(), "promptTemplateKey"),
                                    command.promptTemplateVersion(), requiredText(command.inputHash(), "inputHash"),
                                    CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(CompleteAiRunCommand command) {
        requireStatus(AiRunStatus.RUNNING, "complete");
        requireFraction(command.confidence(), "confidence");
        requireLatency(command.latencyMs());
        List<UUID> suggestions = command.suggestionIds() == null ? List.of() : List.copyOf(command.suggestionIds());
        apply(new AiRunCompletedEvent(runId, requiredText(command.output(), "output"), command.confidence(),
                                      command.latencyMs(), suggestions));
    }

    @CommandHandler
    void handle(FailAiRunCommand command) {
        requireStatus(AiRunStatus.RUNNING, "fail");
        if (!FAILURE_CODES.contains(command.failureCode())) {
            throw new InvalidValueException("failureCode", command.failureCode(), "must be one of " + FAILURE_CODES);
        }
        requireLatency(command.latencyMs());
        apply(new AiRunFailedEvent(runId, command.failureCode(), requiredText(command.reason(), "reason"),
                                   command.latencyMs()));
    }

    @CommandHandler
    void handle(RetryAiRunCommand command, MetaData metaData) {
        requireStatus(AiRunStatus.FAILED, "retry");
        apply(new AiRunRetryRequestedEvent(runId, attempt + 1, blankToNull(command.reason()),
                                           CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(EvaluateAiRunCommand command, MetaData metaData) {
        if (status == AiRunStatus.RUNNING) {
            throw new InvalidTransitionException("AI run", status, "evaluate", Set.of());
        }
        AiEvaluationOutcome outcome = required(command.outcome(), "outcome");
        if (command.suggestionId() != null && !suggestionIds.contains(command.suggestionId())) {
            throw new InvalidValueException("suggestionId", command.suggestionId(), "is not a suggestion of this run");
        }
        if (command.score() != null) {
            requireFraction(command.score(), "score");
        }
        String notes = blankToNull(command.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidValueException("notes", notes.length() + " characters", "must be at most " + MAX_NOTES);
        }
        apply(new AiRunEvaluatedEvent(runId, required(command.evaluationId(), "evaluationId"),
                                      command.suggestionId(), outcome, command.score(), notes,
                                      CommandMetadata.actor(metaData)));
    }

    private void requireStatus(AiRunStatus expected, String action) {
        if (status != expected) {
            throw new InvalidTransitionException("AI run", status, action, Set.of());
        }
    }


    private static void requireLatency(long latencyMs) {
        if (latencyMs < 0) {
            throw new InvalidValueException("latencyMs", latencyMs, "must not be negative");
        }
    }



    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(AiRunStartedEvent event) {
        runId = event.runId();
        organizationId = event.organizationId();
        status = AiRunStatus.RUNNING;
        attempt = 1;
        suggestionIds = new HashSet<>();
    }

    @EventSourcingHandler
    void on(AiRunCompletedEvent event) {
        status = AiRunStatus.COMPLETED;
        suggestionIds.addAll(event.suggestionIds());
    }

    @EventSourcingHandler
    void on(AiRunFailedEvent event) {
        status = AiRunStatus.FAILED;
    }

    @EventSourcingHandler
    void on(AiRunRetryRequestedEvent event) {
        status = AiRunStatus.RUNNING;
        attempt = event.attempt();
    }

    @Override
    protected String entityType() {
        return "AI run";
    }

    @Override
    protected UUID id() {
        return runId;
    }
}
