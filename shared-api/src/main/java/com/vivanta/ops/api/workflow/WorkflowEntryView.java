package com.vivanta.ops.api.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on a run's timeline. {@code id} is the event's own identifier; {@code eventType} its name
 * ({@code CaseStatusChanged}); {@code actor} the user who caused it ({@code system} for the system's own
 * work); {@code aiRunId} and {@code aiSuggestionId} tie it to the AI run or suggestion it came from.
 */
public record WorkflowEntryView(String id,
                                UUID runId,
                                String eventType,
                                Instant occurredAt,
                                String actor,
                                String summary,
                                WorkflowEntryStatus status,
                                String correlationId,
                                UUID aiRunId,
                                String aiSuggestionId) {
}
