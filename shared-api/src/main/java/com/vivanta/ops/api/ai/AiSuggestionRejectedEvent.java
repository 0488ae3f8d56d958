package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An operator turned the suggestion down (status REJECTED, final). */
@Revision("1")
public record AiSuggestionRejectedEvent(UUID suggestionId, String reason, String rejectedBy) {
}
