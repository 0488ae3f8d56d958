package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers an {@link AiRunPage}, newest first. */
public record FindAiRunsQuery(UUID organizationId, AiRunFilter filter, int limit, int offset) {
}
