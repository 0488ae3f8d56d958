package com.vivanta.ops.api.ai;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The provider configuration of one capability in one scope is now this one, whole (first configured or
 * changed). {@code organizationId} owns the scope: a tenant, or the platform organization for GLOBAL. The
 * key itself is never here, only whether one is stored.
 */
@Revision("1")
public record AiProviderConfiguredEvent(UUID configurationId,
                                        UUID organizationId,
                                        AiScope scope,
                                        UUID configId,
                                        AiCapability capability,
                                        boolean enabled,
                                        AiProviderKind provider,
                                        String model,
                                        String baseUrl,
                                        Duration timeout,
                                        boolean apiKeyConfigured,
                                        String configuredBy) {
}
