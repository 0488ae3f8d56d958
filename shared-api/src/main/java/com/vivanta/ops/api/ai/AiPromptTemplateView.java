package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.UUID;

/** One version of a prompt template. {@code organizationId} is null for a GLOBAL one. */
public record AiPromptTemplateView(UUID id,
                                   AiScope scope,
                                   UUID organizationId,
                                   String templateKey,
                                   AiCapability capability,
                                   int version,
                                   String systemPrompt,
                                   String userPromptTemplate,
                                   boolean active,
                                   String createdBy,
                                   Instant createdAt,
                                   Instant updatedAt) {
}
