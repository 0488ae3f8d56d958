package com.vivanta.ops.api.ai;

import java.util.UUID;

/** One provider configuration the organization can see (its own or a global one); answers an Optional. */
public record FindAiProviderConfigQuery(UUID organizationId, UUID configId) {
}
