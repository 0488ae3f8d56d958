package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.ai.AiRunCompletedEvent;
import com.vivanta.ops.api.ai.AiRunEvaluatedEvent;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.ai.AiSuggestionAppliedEvent;
import com.vivanta.ops.api.ai.AiSuggestionExpiredEvent;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionSupersededEvent;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.workflow.WorkflowEntryStatus;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import java.util.Optional;
import java.util.UUID;

/**
 * The events of AI runs and suggestions, as entries of the run of the case or invoice they are about. An AI
 * run is the timeline's automated step: its start and each retry are RUNNING entries until it answers.
 * Only the first event of a run or suggestion names its target; later ones are matched to the timeline
 * through the entries it already has.
 */
final class AiEvents {

    private AiEvents() {
    }

    /**
     * One AI event. {@code target} is null when the event does not name it; {@code organizationId} too.
     * {@code step} is the AI run's status after the event when the event moves it, else null.
     */
    record AiEntry(UUID aggregateId, AiTarget target, UUID organizationId, UUID aiRunId, UUID suggestionId,
                   String summary, WorkflowEntryStatus status, AiRunStatus step) {

        /** The run of the entity the event names. */
        Optional<UUID> targetRunId() {
            return Optional.ofNullable(target)
                           .map(named -> WorkflowTargetType.valueOf(named.entityType().name())
                                                           .runIdOf(named.entityId()));
        }
    }

    static Optional<AiEntry> describe(Object payload) {
        if (payload instanceof AiRunStartedEvent event) {
            return Optional.of(run(event.runId(), event.target(), event.organizationId(),
                                   "AI " + event.capability() + " run started (" + event.provider() + " "
                                           + event.model() + ", " + event.trigger() + ")",
                                   WorkflowEntryStatus.RUNNING, AiRunStatus.RUNNING));
        }
        if (payload instanceof AiRunRetryRequestedEvent event) {
            return Optional.of(run(event.runId(), null, null,
                                   Summaries.withReason("AI run retried (attempt " + event.attempt() + ")",
                                                        event.reason()),
                                   WorkflowEntryStatus.RUNNING, AiRunStatus.RUNNING));
        }
        if (payload instanceof AiRunCompletedEvent event) {
            return Optional.of(run(event.runId(), null, null,
                                   "AI run completed: " + event.suggestionIds().size() + " suggestion(s), confidence "
                                           + event.confidence(),
                                   WorkflowEntryStatus.COMPLETED, AiRunStatus.COMPLETED));
        }
        if (payload instanceof AiRunFailedEvent event) {
            return Optional.of(run(event.runId(), null, null,
                                   Summaries.withReason("AI run failed (" + event.failureCode() + ")", event.reason()),
                                   WorkflowEntryStatus.FAILED, AiRunStatus.FAILED));
        }
        if (payload instanceof AiRunEvaluatedEvent event) {
            return Optional.of(run(event.runId(), null, null, "AI run evaluated: " + event.outcome(),
                                   WorkflowEntryStatus.COMPLETED, null));
        }
        if (payload instanceof AiSuggestionProposedEvent event) {
            return Optional.of(suggestion(event.suggestionId(), event.target(), event.organizationId(),
                                          "AI suggested " + event.type()));
        }
        if (payload instanceof AiSuggestionAppliedEvent event) {
            return Optional.of(suggestion(event.suggestionId(), event.target(), null,
                                          "AI suggestion applied" + (event.editedFields().isEmpty() ? ""
                                                  : ", edited: " + String.join(", ", event.editedFields()))));
        }
        if (payload instanceof AiSuggestionRejectedEvent event) {
            return Optional.of(suggestion(event.suggestionId(), null, null,
                                          Summaries.withReason("AI suggestion rejected", event.reason())));
        }
        if (payload instanceof AiSuggestionExpiredEvent event) {
            return Optional.of(suggestion(event.suggestionId(), null, null, "AI suggestion expired"));
        }
        if (payload instanceof AiSuggestionSupersededEvent event) {
            return Optional.of(suggestion(event.suggestionId(), null, null, "AI suggestion superseded by a newer one"));
        }
        return Optional.empty();
    }

    private static AiEntry run(UUID runId, AiTarget target, UUID organizationId, String summary,
                               WorkflowEntryStatus status, AiRunStatus step) {
        return new AiEntry(runId, target, organizationId, runId, null, summary, status, step);
    }

    private static AiEntry suggestion(UUID suggestionId, AiTarget target, UUID organizationId, String summary) {
        return new AiEntry(suggestionId, target, organizationId, null, suggestionId, summary,
                           WorkflowEntryStatus.COMPLETED, null);
    }
}
