package com.vivanta.ops.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.api.audit.AuditEntryPage;
import com.vivanta.ops.api.audit.FindAuditEntriesQuery;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.platform.projection.ProjectionBatch;
import com.vivanta.ops.query.common.EventPositions;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code audit-log} read model: every event of the event store, once, with who caused it, for which
 * organization and in which request, taken from the metadata every command carries onto its events.
 *
 * <p>Why a projection rather than queries on {@code domain_event_entry}: the store keeps metadata as JSON in
 * {@code bytea}, which PostgreSQL can neither index nor filter without decoding every row, so "this
 * organization's events of this actor, newest first" would scan the whole stream. Here each filter has its
 * index. The log is complete by construction (it is the stream), written in the processor's transaction,
 * and can be rebuilt like any read model. It lags the store by the processors' usual moment.
 *
 * <p>Entries are only ever inserted, so a batch's entries are written together as it commits
 * ({@link ProjectionBatch}), with their positions in the store asked once for all of them ({@link EventPositions});
 * an entry that is there already (an event delivered again) is left as it is.
 */
@Component
@ProcessingGroup(AuditLogProjection.NAME)
class AuditLogProjection {

    static final String NAME = "audit-log";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("globalIndex"));
    private static final String INSERT = """
            INSERT INTO audit_entry (event_id, global_index, occurred_at, aggregate_type, entity_type, aggregate_id,
                                     aggregate_sequence, event_type, organization_id, actor_user_id, correlation_id,
                                     request_id, ai_suggestion_id, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (event_id) DO NOTHING
            """;

    private final AuditEntryRowRepository rows;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ProjectionBatch.Writer<Entry> entries = this::insert;

    AuditLogProjection(AuditEntryRowRepository rows, ObjectMapper json, JdbcTemplate jdbc, EventPositions positions) {
        this.rows = rows;
        this.json = json;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    /** One event as the log keeps it. */
    private record Entry(String eventId, long globalIndex, Instant occurredAt, String aggregateType, String aggregateId,
                         Long aggregateSequence, String eventType, UUID organizationId, String actorUserId,
                         String correlationId, String requestId, String aiSuggestionId, String payload) {
    }

    /** Every event, whatever its type. */
    @EventHandler
    void on(Object payload, EventMessage<?> event) throws JsonProcessingException {
        MetaData metaData = event.getMetaData();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> sourced ? sourced : null;
        ProjectionBatch.writeAtCommit(entries, new Entry(
                event.getIdentifier(), positions.of(event), event.getTimestamp(), domainEvent == null ? null : domainEvent.getType(),
                domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), uuid(metaData.get(MessageMetadata.ORGANIZATION_ID)),
                text(metaData.get(MessageMetadata.USER_ID)), text(metaData.get(MessageMetadata.CORRELATION_ID)),
                text(metaData.get(MessageMetadata.REQUEST_ID)), text(metaData.get(MessageMetadata.AI_SUGGESTION_ID)),
                json.writeValueAsString(payload)));
    }

    private void insert(List<Entry> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, entry) -> {
            statement.setString(1, entry.eventId());
            statement.setLong(2, entry.globalIndex());
            statement.setTimestamp(3, Timestamp.from(entry.occurredAt()));
            statement.setString(4, entry.aggregateType());
            statement.setString(5, AuditEntryRow.entityType(entry.aggregateType()));
            statement.setString(6, entry.aggregateId());
            statement.setObject(7, entry.aggregateSequence(), Types.BIGINT);
            statement.setString(8, entry.eventType());
            statement.setObject(9, entry.organizationId(), Types.OTHER);
            statement.setString(10, entry.actorUserId());
            statement.setString(11, entry.correlationId());
            statement.setString(12, entry.requestId());
            statement.setString(13, entry.aiSuggestionId());
            statement.setString(14, entry.payload());
        });
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    AuditEntryPage handle(FindAuditEntriesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(rows.findAll(AuditSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             AuditEntryRow::toView, AuditEntryPage::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An organization id that is not a UUID belongs to no tenant: the entry shows in nobody's log. */
    private static UUID uuid(Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
