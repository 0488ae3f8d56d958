package com.vivanta.ops.api.ai;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provider answered within the capability's schema. {@code output} is the validated answer as JSON
 * text; {@code suggestionIds} are the suggestions proposed from it (none for GENERAL runs).
 */
public record CompleteAiRunCommand(@TargetAggregateIdentifier UUID runId,
                                   String output,
                                   double confidence,
                                   long latencyMs,
                                   List<UUID> suggestionIds) {
}
