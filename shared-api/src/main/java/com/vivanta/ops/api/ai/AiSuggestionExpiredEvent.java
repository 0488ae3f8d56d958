package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Nobody acted on the suggestion in time (status EXPIRED, final). */
@Revision("1")
public record AiSuggestionExpiredEvent(UUID suggestionId) {
}
