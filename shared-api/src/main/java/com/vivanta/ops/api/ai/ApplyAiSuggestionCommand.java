package com.vivanta.ops.api.ai;

import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator accepts a suggestion, possibly changing some proposed values first ({@code edits}, by field
 * name; empty when taken as proposed). {@code target} is the entity the operator applies it to (a suggestion
 * about another entity is not found there); {@code currentTargetVersion} is that entity's version now, so a
 * suggestion computed from an older state of the target is refused. Answers the final values.
 */
public record ApplyAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId,
                                       AiTarget target,
                                       long currentTargetVersion,
                                       Map<String, String> edits) {
}
