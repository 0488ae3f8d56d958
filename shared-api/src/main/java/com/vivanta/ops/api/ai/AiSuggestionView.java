package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One suggestion and what became of it. {@code finalValues} and {@code editedFields} are set once applied. */
public record AiSuggestionView(UUID id,
                               UUID organizationId,
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
                               AiSuggestionStatus status,
                               Map<String, String> finalValues,
                               List<String> editedFields,
                               String settledBy,
                               String rejectionReason,
                               UUID supersededBy,
                               Instant expiresAt,
                               Instant proposedAt,
                               Instant settledAt,
                               long version) implements Versioned {
}
