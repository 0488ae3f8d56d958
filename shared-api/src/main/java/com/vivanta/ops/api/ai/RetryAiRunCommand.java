package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks again for a FAILED run, with the organization's current provider settings; reason optional. */
public record RetryAiRunCommand(@TargetAggregateIdentifier UUID runId, String reason) {
}
