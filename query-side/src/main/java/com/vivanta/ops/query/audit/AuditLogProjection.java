package com.vivanta.ops.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.api.audit.AuditEntryPage;
import com.vivanta.ops.api.audit.FindAuditEntriesQuery;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.query.common.OffsetPageRequest;
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
 */
@Component
@ProcessingGroup(AuditLogProjection.NAME)
class AuditLogProjection {

    static final String NAME = "audit-log";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("globalIndex"));

    private final AuditEntryRowRepository rows;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    AuditLogProjection(AuditEntryRowRepository rows, ObjectMapper json, JdbcTemplate jdbc) {
        this.rows = rows;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** Every event, whatever its type; one delivered again after a failure is already there. */
    @EventHandler
    void on(Object payload, EventMessage<?> event) throws JsonProcessingException {
        if (rows.existsById(event.getIdentifier())) {
            return;
        }
        // Not the tracking token's position: for an event that fills a gap (a transaction that committed
        // after a later one), the token keeps the highest index seen so far, not the event's own.
        long globalIndex = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class,
                event.getIdentifier());
        AuditEntryRow row = new AuditEntryRow(event.getIdentifier(), globalIndex, event.getTimestamp(),
                                              event.getPayloadType().getSimpleName(),
                                              json.writeValueAsString(payload));
        if (event instanceof DomainEventMessage<?> domainEvent) {
            row.aggregate(domainEvent.getType(), domainEvent.getAggregateIdentifier(),
                          domainEvent.getSequenceNumber());
        }
        MetaData metaData = event.getMetaData();
        row.origin(uuid(metaData.get(MessageMetadata.ORGANIZATION_ID)), text(metaData.get(MessageMetadata.USER_ID)),
                   text(metaData.get(MessageMetadata.CORRELATION_ID)), text(metaData.get(MessageMetadata.REQUEST_ID)),
                   text(metaData.get(MessageMetadata.AI_SUGGESTION_ID)));
        rows.save(row);
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
