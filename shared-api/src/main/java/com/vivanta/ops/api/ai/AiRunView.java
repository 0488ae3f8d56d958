package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One AI run as operators see it: what was asked of whom, how long it took and how it ended. */
public record AiRunView(UUID id,
                        UUID organizationId,
                        AiCapability capability,
                        AiTarget target,
                        String trigger,
                        AiRunStatus status,
                        AiProviderKind provider,
                        String model,
                        String promptTemplateKey,
                        int promptTemplateVersion,
                        String inputHash,
                        String output,
                        Double confidence,
                        Long latencyMs,
                        String failureCode,
                        String failureReason,
                        int attempt,
                        List<UUID> suggestionIds,
                        String startedBy,
                        Instant startedAt,
                        Instant completedAt,
                        long version) implements Versioned {
}
