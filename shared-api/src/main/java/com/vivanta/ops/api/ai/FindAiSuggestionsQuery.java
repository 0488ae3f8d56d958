package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers an {@link AiSuggestionPage}, newest first. */
public record FindAiSuggestionsQuery(UUID organizationId, AiSuggestionFilter filter, int limit, int offset) {
}
