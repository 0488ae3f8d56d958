package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.UUID;

/** Answers an {@link AiRunSummary} over the runs started in the window (both ends optional). */
public record FindAiRunSummaryQuery(UUID organizationId, AiCapability capability, Instant createdFrom,
                                    Instant createdTo) {
}
