package com.vivanta.ops.api.ai;

import java.util.UUID;

/** The organization's own provider configurations and the global ones, by scope (own first) and capability. */
public record FindAiProviderConfigsQuery(UUID organizationId) {
}
