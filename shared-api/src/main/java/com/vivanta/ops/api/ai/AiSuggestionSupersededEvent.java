package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A newer suggestion replaced this one (status SUPERSEDED, final). */
@Revision("1")
public record AiSuggestionSupersededEvent(UUID suggestionId, UUID supersededBy) {
}
