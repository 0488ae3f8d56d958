package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what a provider proposed for a target. {@code targetVersion} is the target aggregate's version
 * (its last event's sequence number) the suggestion was computed from; apply is refused once the target
 * has moved on. {@code runId} is the run whose answer it came from. The prompt template, provider, model and input hash make the run reproducible and let
 * evaluation compare template versions.
 */
public record ProposeAiSuggestionCommand(@TargetAggregateIdentifier UUID suggestionId,
                                         UUID runId,
                                         AiCapability capability,
                                         AiSuggestionType type,
                                         AiTarget target,
                                         long targetVersion,
                                         List<ProposedField> fields,
                                         String reasoning,
                                         String provider,
                                         String model,
                                         String promptTemplateKey,
                                         int promptTemplateVersion,
                                         String inputHash,
                                         Instant expiresAt) {
}
