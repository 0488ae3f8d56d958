package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The run ended without a usable answer (status FAILED); it created no suggestion. */
@Revision("1")
public record AiRunFailedEvent(UUID runId, String failureCode, String reason, long latencyMs) {
}
