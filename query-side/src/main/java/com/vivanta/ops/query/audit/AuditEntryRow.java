package com.vivanta.ops.query.audit;

import com.vivanta.ops.api.audit.AuditEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the {@code audit-log} read model: one event, never changed once written. Rows are written by
 * {@link AuditLogProjection} with plain JDBC; this entity reads them.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntryRow {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "global_index", nullable = false)
    private long globalIndex;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "aggregate_type")
    private String aggregateType;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "aggregate_id")
    private String aggregateId;
    @Column(name = "aggregate_sequence")
    private Long aggregateSequence;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Column(name = "actor_user_id")
    private String actorUserId;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "ai_suggestion_id")
    private String aiSuggestionId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String payload;

    protected AuditEntryRow() {
    }

    /** How an entity type is compared: {@code WorkOrder}, {@code work-order} and {@code work_order} are one. */
    static String entityType(String type) {
        return type == null ? null : type.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    AuditEntryView toView() {
        return new AuditEntryView(eventId, globalIndex, occurredAt, aggregateType, aggregateId,
                                  aggregateSequence == null ? 0 : aggregateSequence, eventType, actorUserId,
                                  organizationId, correlationId, requestId, aiSuggestionId, payload);
    }
}
