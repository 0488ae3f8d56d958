package com.vivanta.ops.api.ai;

import java.util.UUID;

/** One prompt template version the organization can see (its own or a global one); answers an Optional. */
public record FindAiPromptTemplateQuery(UUID organizationId, UUID templateId) {
}
