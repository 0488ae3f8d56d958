package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A provider is being asked (status RUNNING). {@code target} is null for an untargeted GENERAL run. */
@Revision("1")
public record AiRunStartedEvent(UUID runId,
                                UUID organizationId,
                                AiCapability capability,
                                AiTarget target,
                                String trigger,
                                AiProviderKind provider,
                                String model,
                                String promptTemplateKey,
                                int promptTemplateVersion,
                                String inputHash,
                                String startedBy) {
}
