package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A FAILED run goes back to RUNNING for another attempt ({@code attempt} counts from 2). The assistant
 * reacts to this event by asking the provider again.
 */
@Revision("1")
public record AiRunRetryRequestedEvent(UUID runId, int attempt, String reason, String requestedBy) {
}
