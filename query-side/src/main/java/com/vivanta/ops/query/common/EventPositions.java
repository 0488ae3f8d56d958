package com.vivanta.ops.query.common;

import com.vivanta.ops.platform.projection.ProjectionBatch;
import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where events stand in the store: their global index, the order read models that list events in store order
 * (the audit log, timelines) keep.
 *
 * <p>Not the tracking token's position: for an event committed after one with a higher index (concurrent
 * transactions leave such gaps for a moment), the token already stands at the higher index, while a replay sees
 * no gap, and entries would be ordered differently after a rebuild. So the store is asked, once for a whole
 * batch of events.
 */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The global index of an event of the batch being applied, asked once for all events of the batch. */
    public long of(EventMessage<?> event) {
        Long position = ProjectionBatch.once(EventPositions.class.getName(), () -> of(
                ProjectionBatch.events().stream().map(EventMessage::getIdentifier).toList())).get(event.getIdentifier());
        return position != null ? position : of(List.of(event.getIdentifier())).get(event.getIdentifier());
    }

    /** The global index of each event, by event identifier. */
    public Map<String, Long> of(Collection<String> eventIds) {
        Map<String, Long> positions = new HashMap<>();
        if (eventIds.isEmpty()) {
            return positions;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY (?)");
            Array ids = connection.createArrayOf("varchar", eventIds.toArray());
            statement.setArray(1, ids);
            return statement;
        }, resultSet -> {
            positions.put(resultSet.getString(1), resultSet.getLong(2));
        });
        return positions;
    }
}
