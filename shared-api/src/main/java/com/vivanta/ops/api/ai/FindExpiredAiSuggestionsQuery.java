package com.vivanta.ops.api.ai;

import java.time.Instant;

/**
 * Answers the {@link ExpiredAiSuggestion}s of every organization still PROPOSED past their expiry at
 * {@code now}, oldest first, at most {@code limit}. For the system's sweep only: it crosses tenants.
 */
public record FindExpiredAiSuggestionsQuery(Instant now, int limit) {
}
