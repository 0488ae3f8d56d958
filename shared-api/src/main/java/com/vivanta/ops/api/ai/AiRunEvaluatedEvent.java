package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Feedback recorded on a run, or on one of its suggestions when {@code suggestionId} is set. */
@Revision("1")
public record AiRunEvaluatedEvent(UUID runId,
                                  UUID evaluationId,
                                  UUID suggestionId,
                                  AiEvaluationOutcome outcome,
                                  Double score,
                                  String notes,
                                  String evaluatedBy) {
}
