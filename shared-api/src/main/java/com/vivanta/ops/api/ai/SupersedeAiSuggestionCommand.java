package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A newer suggestion of the same type for the same target replaces this one. */
public record SupersedeAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId, UUID supersededBy) {
}
