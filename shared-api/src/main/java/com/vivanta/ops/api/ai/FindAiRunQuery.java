package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers an {@code Optional<AiRunView>}: empty when the run is unknown in the organization. */
public record FindAiRunQuery(UUID organizationId, UUID runId) {
}
