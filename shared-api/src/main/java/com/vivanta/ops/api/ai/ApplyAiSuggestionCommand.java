package com.vivanta.ops.api.ai;

import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator accepts a suggestion, possibly changing some proposed values first ({@code edits}, by field
 * name; empty when taken as proposed). {@code currentTargetVersion} is the target's version now, so a
 * suggestion computed from an older state of the target is refused.
 */
public record ApplyAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId,
                                       long currentTargetVersion,
                                       Map<String, String> edits) {
}
