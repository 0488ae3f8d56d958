package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.workflow.WorkflowEntryStatus;
import com.vivanta.ops.platform.projection.ProjectionBatch;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The entries of the {@code workflow-timeline} read model as a batch writes them. Entries are only inserted
 * (an AI step's entries take its outcome later), so a batch's entries are written together as it commits
 * ({@link ProjectionBatch}); which of the batch's events are entered already is asked once for the batch.
 */
@Component
class TimelineEntries {

    private static final String INSERT = """
            INSERT INTO workflow_entry (id, run_id, organization_id, position, aggregate_id, event_type, occurred_at,
                                        actor, summary, status, correlation_id, ai_run_id, ai_suggestion_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ProjectionBatch.Writer<Entry> writer = this::insert;

    TimelineEntries(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** One entry: one event in one run. Its status may still change before the batch commits. */
    static final class Entry {

        private final String eventId;
        private final UUID runId;
        private final UUID organizationId;
        private final long position;
        private final String aggregateId;
        private final String eventType;
        private final Instant occurredAt;
        private final String actor;
        private final String summary;
        private WorkflowEntryStatus status;
        private final String correlationId;
        private final UUID aiRunId;
        private final String aiSuggestionId;

        Entry(String eventId, WorkflowRunRow run, long position, String aggregateId, String eventType,
              Instant occurredAt, String actor, String summary, WorkflowEntryStatus status, String correlationId,
              UUID aiRunId, String aiSuggestionId) {
            this.eventId = eventId;
            this.runId = run.id();
            this.organizationId = run.organizationId();
            this.position = position;
            this.aggregateId = aggregateId;
            this.eventType = eventType;
            this.occurredAt = occurredAt;
            this.actor = actor;
            this.summary = summary;
            this.status = status;
            this.correlationId = correlationId;
            this.aiRunId = aiRunId;
            this.aiSuggestionId = aiSuggestionId;
        }
    }

    /** Whether the event has its entry already (it is delivered again). */
    boolean entered(EventMessage<?> event) {
        return ProjectionBatch.once(TimelineEntries.class.getName() + ".entered",
                                    () -> enteredAmong(ProjectionBatch.events())).contains(event.getIdentifier());
    }

    private Set<String> enteredAmong(List<EventMessage<?>> events) {
        Set<String> entered = new HashSet<>();
        if (events.isEmpty()) {
            return entered;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT id FROM workflow_entry WHERE id = ANY (?)");
            Array ids = connection.createArrayOf("varchar",
                                                 events.stream().map(EventMessage::getIdentifier).toArray());
            statement.setArray(1, ids);
            return statement;
        }, resultSet -> {
            entered.add(resultSet.getString(1));
        });
        return entered;
    }

    void enter(Entry entry) {
        ProjectionBatch.writeAtCommit(writer, entry);
    }

    /** The run an aggregate's entries belong to: that of an AI run or suggestion, once it has an entry. */
    Optional<UUID> runOf(String aggregateId) {
        List<Entry> pending = ProjectionBatch.pending(writer);
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).aggregateId.equals(aggregateId)) {
                return Optional.of(pending.get(i).runId);
            }
        }
        return jdbc.queryForList("SELECT run_id FROM workflow_entry WHERE aggregate_id = ? LIMIT 1", UUID.class,
                                 aggregateId).stream().findFirst();
    }

    /** An AI run answered: its start and retry entries, still RUNNING, take the outcome. */
    void settle(String aggregateId, WorkflowEntryStatus outcome) {
        ProjectionBatch.pending(writer).stream()
                       .filter(entry -> entry.aggregateId.equals(aggregateId)
                               && entry.status == WorkflowEntryStatus.RUNNING)
                       .forEach(entry -> entry.status = outcome);
        jdbc.update("UPDATE workflow_entry SET status = ? WHERE aggregate_id = ? AND status = ?", outcome.name(),
                    aggregateId, WorkflowEntryStatus.RUNNING.name());
    }

    private void insert(List<Entry> entries) {
        entityManager.flush(); // the runs the entries belong to come first
        jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
            statement.setString(1, entry.eventId);
            statement.setObject(2, entry.runId, Types.OTHER);
            statement.setObject(3, entry.organizationId, Types.OTHER);
            statement.setLong(4, entry.position);
            statement.setString(5, entry.aggregateId);
            statement.setString(6, entry.eventType);
            statement.setTimestamp(7, Timestamp.from(entry.occurredAt));
            statement.setString(8, entry.actor);
            statement.setString(9, entry.summary);
            statement.setString(10, entry.status.name());
            statement.setString(11, entry.correlationId);
            statement.setObject(12, entry.aiRunId, Types.OTHER);
            statement.setString(13, entry.aiSuggestionId);
        });
    }
}
