package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers the evaluations of one run, newest first (empty for an unknown run). */
public record FindAiEvaluationsQuery(UUID organizationId, UUID runId) {
}
