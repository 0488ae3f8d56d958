package com.vivanta.ops.api.ai;

import java.util.UUID;

/** The entity a suggestion proposes to change. */
public record AiTarget(AiTargetType entityType, UUID entityId) {
}
