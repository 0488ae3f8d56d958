package com.vivanta.ops.api.audit;

import java.time.Instant;

/**
 * Criteria for the audit log; every field is optional (null = no restriction).
 *
 * @param entityType  the kind of entity, compared without case and punctuation ({@code work-order} matches
 *                    {@code WorkOrder})
 * @param entityId    the entity's id
 * @param actorUserId who caused the events
 * @param eventType   the event's name, e.g. {@code CaseStatusChangedEvent}
 * @param from        stored at or after
 * @param to          stored before
 */
public record AuditFilter(String entityType,
                          String entityId,
                          String actorUserId,
                          String eventType,
                          Instant from,
                          Instant to) {
}
