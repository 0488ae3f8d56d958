package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider's suggestion was recorded, in status PROPOSED. The event's timestamp is the proposal time.
 * Revision 2 added {@code runId}, the run whose answer it came from (null in revision 1).
 */
@Revision("2")
public record AiSuggestionProposedEvent(UUID suggestionId,
                                        UUID runId,
                                        UUID organizationId,
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
