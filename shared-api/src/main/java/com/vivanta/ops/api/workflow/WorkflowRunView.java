package com.vivanta.ops.api.workflow;

import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * One workflow run: the life of one case, work order or invoice. {@code entityStatus} is the entity's own
 * status (the outcome of a COMPLETED run: an invoice ends EXPORTED or REJECTED). {@code latestAiRunId} and
 * {@code latestAiRunStatus} name the run's latest automated step. {@code version} is the sequence number
 * of the entity's last event the run reflects, so command endpoints can wait for it.
 */
public record WorkflowRunView(UUID id,
                              UUID organizationId,
                              WorkflowType workflowType,
                              WorkflowTargetType targetEntityType,
                              UUID targetEntityId,
                              WorkflowRunStatus status,
                              String entityStatus,
                              Instant startedAt,
                              Instant completedAt,
                              Instant lastEventAt,
                              int entryCount,
                              UUID latestAiRunId,
                              AiRunStatus latestAiRunStatus,
                              long version) implements Versioned {
}
