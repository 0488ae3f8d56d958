package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.UUID;

/** An operator's feedback on a run, or on one of its suggestions. */
public record AiEvaluationView(UUID id,
                               UUID runId,
                               UUID suggestionId,
                               AiEvaluationOutcome outcome,
                               Double score,
                               String notes,
                               String evaluatedBy,
                               Instant evaluatedAt) {
}
