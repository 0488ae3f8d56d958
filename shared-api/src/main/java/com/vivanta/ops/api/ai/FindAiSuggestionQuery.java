package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers an {@code Optional<AiSuggestionView>}: empty when the suggestion is unknown in the organization. */
public record FindAiSuggestionQuery(UUID organizationId, UUID suggestionId) {
}
