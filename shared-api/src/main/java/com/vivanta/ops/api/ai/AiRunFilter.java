package com.vivanta.ops.api.ai;

import java.time.Instant;
import java.util.UUID;

/** Narrows a run list; every field is optional. */
public record AiRunFilter(AiCapability capability,
                          AiRunStatus status,
                          AiTargetType targetType,
                          UUID targetId,
                          Instant createdFrom,
                          Instant createdTo) {
}
