package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator turns a suggestion down, saying why (the reason feeds evaluation). */
public record RejectAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId, String reason) {
}
