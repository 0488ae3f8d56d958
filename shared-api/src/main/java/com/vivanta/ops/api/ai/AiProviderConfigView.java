package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * One provider configuration as the API shows it. {@code organizationId} is null for a GLOBAL one. Only
 * whether an API key is stored shows, never the key. {@code version} is the sequence number of the
 * configuration's last event.
 */
public record AiProviderConfigView(UUID id,
                                   AiScope scope,
                                   UUID organizationId,
                                   AiCapability capability,
                                   boolean enabled,
                                   AiProviderKind provider,
                                   String model,
                                   String baseUrl,
                                   int timeoutSeconds,
                                   boolean apiKeyConfigured,
                                   String updatedBy,
                                   Instant updatedAt,
                                   long version) implements Versioned {
}
