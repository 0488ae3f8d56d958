package com.vivanta.ops.api.ai;

import java.util.UUID;

/**
 * The organization's own prompt template versions and the global ones, ordered by scope (own first), key and
 * version (newest first). Null filters match everything.
 */
public record FindAiPromptTemplatesQuery(UUID organizationId, AiCapability capability, Boolean active,
                                         String templateKey) {
}
