package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires a suggestion nobody acted on in time. */
public record ExpireAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId) {
}
