package com.vivanta.ops.query.audit;

import com.vivanta.ops.api.audit.AuditEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** One row of the {@code audit-log} read model: one event, never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntryRow implements Persistable<String> {

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
    // Rows are only ever inserted: telling Spring Data so saves the SELECT a merge would run first.
    @Transient
    private boolean isNew = true;

    protected AuditEntryRow() {
    }

    AuditEntryRow(String eventId, long globalIndex, Instant occurredAt, String eventType, String payload) {
        this.eventId = eventId;
        this.globalIndex = globalIndex;
        this.occurredAt = occurredAt;
        this.eventType = eventType;
        this.payload = payload;
    }

    /** The entity the event belongs to; events not sourced from an entity have none. */
    void aggregate(String type, String id, long sequence) {
        this.aggregateType = type;
        this.entityType = entityType(type);
        this.aggregateId = id;
        this.aggregateSequence = sequence;
    }

    void origin(UUID organizationId, String actorUserId, String correlationId, String requestId,
                String aiSuggestionId) {
        this.organizationId = organizationId;
        this.actorUserId = actorUserId;
        this.correlationId = correlationId;
        this.requestId = requestId;
        this.aiSuggestionId = aiSuggestionId;
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

    @Override
    public String getId() {
        return eventId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }
}
