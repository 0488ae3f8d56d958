package com.vivanta.ops.query.common;

import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An entity's state at a past instant, worked out from its own events in the event store rather than
 * from a read model: the events up to that instant are replayed, in their order, through the read model's
 * own event handlers onto a transient row (see {@link AggregateRows#transientRows()}), which is then shown
 * like the live one. Nothing is stored, so history costs nothing until asked for, and it can never
 * disagree with what the projection would have shown at the time.
 */
@Component
public class EntityHistory {

    /** The answer for an instant before the entity's first event. */
    public static final String NOT_YET_CREATED = "NOT_YET_CREATED";

    private final EventStore eventStore;

    EntityHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * How a kind of entity is read: its name for errors, the read model's handlers bound to some rows, the
     * view of a row and the organization a view belongs to.
     */
    public record Kind<R extends AggregateRow, V>(String name,
                                                  Function<AggregateRows<R>, Object> handlers,
                                                  Function<R, V> view,
                                                  Function<V, UUID> organization) {
    }

    /**
     * The view of the entity as it stood at {@code asOf}, that is after its last event stored at or before
     * that instant. Not found when the id names no entity of this kind in the organization; NOT_YET_CREATED
     * (also 404) when it does, but was created after {@code asOf}.
     */
    public <R extends AggregateRow, V> V asOf(Kind<R, V> kind, UUID organizationId, UUID id, Instant asOf) {
        // From sequence 0 on purpose: the variant without a start would begin at a snapshot, if one existed.
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString(), 0).asStream().toList();
        if (events.isEmpty()) {
            throw new NotFoundException(kind.name(), id);
        }
        AggregateRows<R> rows = AggregateRows.transientRows();
        EventMessageHandler handlers = new AnnotationEventHandlerAdapter(kind.handlers().apply(rows));
        // The first event alone tells whether this is an entity of this kind, and whose: the handlers create
        // the row from it, or ignore it (an id of another kind of aggregate).
        apply(handlers, events.get(0));
        Optional<V> created = rows.find(id).map(kind.view());
        if (created.isEmpty() || !kind.organization().apply(created.get()).equals(organizationId)) {
            throw new NotFoundException(kind.name(), id);
        }
        if (events.get(0).getTimestamp().isAfter(asOf)) {
            throw new ApiException(HttpStatus.NOT_FOUND, NOT_YET_CREATED,
                                   kind.name() + " " + id + " did not exist yet at " + asOf + "; it was created at "
                                           + events.get(0).getTimestamp());
        }
        // The prefix of the stream up to the instant: a later event stamped earlier (clocks of two nodes)
        // must not be applied before an earlier one.
        events.stream().skip(1).takeWhile(event -> !event.getTimestamp().isAfter(asOf))
              .forEach(event -> apply(handlers, event));
        return rows.find(id).map(kind.view()).orElseThrow();
    }

    private static void apply(EventMessageHandler handlers, DomainEventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " failed", e);
        }
    }
}
