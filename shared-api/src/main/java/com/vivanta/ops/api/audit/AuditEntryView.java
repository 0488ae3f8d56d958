package com.vivanta.ops.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the event store as the audit log shows it: what happened to which entity, when, on whose
 * behalf and in which request.
 *
 * @param eventId           the event's own identifier
 * @param globalSequence    its position in the whole stream (orders events across entities)
 * @param occurredAt        when it was stored
 * @param aggregateType     the kind of entity, as the event store names it ({@code Case}, {@code WorkOrder}, ...)
 * @param aggregateId       the entity's id
 * @param aggregateSequence its position in the entity's own stream (the entity's version after it)
 * @param eventType         the event's name, e.g. {@code CaseStatusChangedEvent}
 * @param actorUserId       the user who caused it, {@code system} for work nobody asked for
 * @param correlationId     the caller's correlation id, shared by everything one business request caused
 * @param requestId         the HTTP request that caused it
 * @param aiSuggestionId    the AI suggestion whose apply caused it, when one did
 * @param payload           the event's content as JSON text
 */
public record AuditEntryView(String eventId,
                             long globalSequence,
                             Instant occurredAt,
                             String aggregateType,
                             String aggregateId,
                             long aggregateSequence,
                             String eventType,
                             String actorUserId,
                             UUID organizationId,
                             String correlationId,
                             String requestId,
                             String aiSuggestionId,
                             String payload) {
}
