package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.UUID;

/** Narrows a suggestion list; every field is optional. */
public record AiSuggestionFilter(AiSuggestionType type,
                                 AiSuggestionStatus status,
                                 AiTargetType targetType,
                                 UUID targetId,
                                 UUID runId,
                                 Instant createdFrom,
                                 Instant createdTo) {
}
