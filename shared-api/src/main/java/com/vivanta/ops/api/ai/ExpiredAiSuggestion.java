package com.vivanta.ops.api.ai;

import java.util.UUID;

/** A suggestion left unanswered past its expiry, and whose it is. */
public record ExpiredAiSuggestion(UUID suggestionId, UUID organizationId) {
}
