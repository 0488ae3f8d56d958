package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provider failed: {@code failureCode} is one of AI_DISABLED, AI_TIMEOUT, AI_PROVIDER_ERROR,
 * AI_MALFORMED_OUTPUT; {@code reason} says what happened, without secrets.
 */
public record FailAiRunCommand(@TargetAggregateIdentifier UUID runId,
                               String failureCode,
                               String reason,
                               long latencyMs) {
}
