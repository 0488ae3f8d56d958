package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator's feedback on a run, or on one of its suggestions ({@code suggestionId} set). Score from
 * 0 to 1 and notes are optional.
 */
public record EvaluateAiRunCommand(@TargetAggregateIdentifier UUID runId,
                                   UUID evaluationId,
                                   UUID suggestionId,
                                   AiEvaluationOutcome outcome,
                                   Double score,
                                   String notes) {
}
