package com.vivanta.ops.app.admin;

import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.app.config.ProjectionCatalog;
import com.vivanta.ops.app.config.ProjectionHealth;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Inspects and rebuilds projections while the application keeps serving.
 *
 * <p>A rebuild stops the projection's processor on this node, clears its tables through its
 * {@code @ResetHandler}, resets its tokens to the start of the stream and starts it again; it then replays
 * every event. Reads of that projection see it fill up meanwhile. With several nodes, stop the processor
 * on the others first, or they claim the released segments (see docs/operations.md).
 */
@Service
public class ProjectionAdministration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdministration.class);
    /** How the token store names this node when it claims a segment (its default node id). */
    private static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final ProjectionCatalog projections;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ProjectionHealth health;
    private final ProjectionRebuilds rebuilds;

    ProjectionAdministration(EventProcessingConfiguration processing, ProjectionCatalog projections,
                             EventStore eventStore, JdbcTemplate jdbc, ProjectionHealth health,
                             ProjectionRebuilds rebuilds) {
        this.processing = processing;
        this.projections = projections;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.health = health;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        return projections.names().stream().map(name -> status(name, processor(name), head)).toList();
    }

    public ProjectionStatus status(String name) {
        return status(name, processor(name), head());
    }

    /**
     * Rebuilds the projection from the start of the stream. One that shares its processor with others is
     * rebuilt beside it ({@link ProjectionRebuilds}), so the others stay current; one with a processor of its
     * own has that processor reset. One rebuild decision at a time on this node.
     */
    public synchronized ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new RuleViolationException("REBUILD_NOT_SUPPORTED", "Projection " + name + " cannot be rebuilt",
                                             Map.of("projection", name));
        }
        if (processor.getName().equals(name)) {
            log.info("Rebuilding projection {} from the start of the event stream", name);
            reset(processor);
        } else {
            rebuilds.start(name, processor, head());
        }
        return status(name);
    }

    /**
     * Rebuilds every projection at once: each processor replays the stream from the start into all its
     * projections, in one pass. Answers each projection's status right after the reset (usually STARTING);
     * {@link #all()} follows their progress. Refused while single projections are being rebuilt.
     */
    public synchronized List<ProjectionStatus> rebuildAll() {
        List<String> rebuilt = projections.names().stream().filter(rebuilds::isRebuilding).toList();
        if (!rebuilt.isEmpty()) {
            throw new RuleViolationException("REBUILD_IN_PROGRESS", "Projections are being rebuilt: " + rebuilt,
                                             Map.of("projections", rebuilt));
        }
        List<String> names = projections.names().stream().filter(name -> processor(name).supportsReset()).toList();
        log.info("Rebuilding all {} projections: {}", names.size(), names);
        names.stream().map(this::processor).distinct().forEach(this::reset);
        return names.stream().map(this::status).toList();
    }

    /** Replays the stream into every projection of the processor; their dead letters go with the old state. */
    private void reset(StreamingEventProcessor processor) {
        processor.shutDown();
        projections.names().stream()
                   .filter(name -> processor(name) == processor)
                   .forEach(name -> processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear));
        processor.resetTokens();
        processor.start();
    }

    /**
     * Gives every parked sequence one more try and tells how many went through. A sequence that fails
     * again goes back to the queue (to the end of the line), so it does not keep the others from a try.
     */
    public int retryDeadLetters(String name) {
        processor(name);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> new NotFoundException("Dead-letter queue", name));
        long sequences = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        int retried = 0;
        for (long attempt = 0; attempt < sequences; attempt++) {
            if (letters.processAny()) {
                retried++;
            }
        }
        return retried;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Long position = segments.values().stream()
                                .map(EventTrackerStatus::getCurrentPosition)
                                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                                .min(Comparator.naturalOrder()).orElse(null);
        long lag = Math.max(0, head - (position == null ? 0 : position));
        ProjectionStatus.Rebuild rebuild = rebuildProgress(segments.values());
        List<String> errors = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                                      .map(s -> "segment " + s.getSegment().getSegmentId() + ": " + s.getError())
                                      .toList();
        SegmentClaims claims = claims(processor.getName());
        ProjectionHealth.Failure failing = health.failure(processor.getName()).orElse(null);
        String state = !processor.isRunning() ? "STOPPED"
                : processor.isError() || !errors.isEmpty() || failing != null ? "ERROR"
                // A claimed segment reports its status only after its first batch; right after a start or a
                // reset, segments may also still wait to be claimed.
                : segments.size() < claims.ownedHere() || segments.isEmpty() && claims.unclaimed() > 0 ? "STARTING"
                : claims.unclaimed() > 0 ? "DEGRADED"
                : rebuild != null ? "REBUILDING"
                : "RUNNING";
        long deadLetters = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::amountOfSequences)
                                     .orElse(0L);
        Optional<ProjectionRebuilds.Progress> beside = rebuilds.progress(name);
        if (beside.isPresent()) {
            // Rebuilt beside its processor: what counts is where the rebuild stands.
            ProjectionRebuilds.Progress progress = beside.get();
            position = progress.position();
            lag = Math.max(0, head - (position == null ? 0 : position));
            rebuild = progressOf(position == null ? 0 : position, progress.headAtStart());
            state = progress.failing() ? "ERROR" : "REBUILDING";
        }
        return new ProjectionStatus(name, processor.supportsReset(), state, position, head, lag, claims.total(),
                                    segments.size(), claims.unclaimed(), rebuild, deadLetters, errors, failing);
    }

    private static ProjectionStatus.Rebuild progressOf(long done, long total) {
        long reached = Math.min(done, total);
        return new ProjectionStatus.Rebuild(reached, total,
                                            total == 0 ? 100.0 : Math.floor(1000.0 * reached / total) / 10);
    }

    private record SegmentClaims(int total, int unclaimed, int ownedHere) {
    }

    /**
     * What the token store says across all nodes: a segment nobody owns is not being processed, and one
     * this node owns but has not reported on yet has not started; the in-memory status shows neither.
     */
    private SegmentClaims claims(String name) {
        return jdbc.queryForObject("SELECT count(*), count(*) - count(owner), count(*) FILTER (WHERE owner = ?) "
                                           + "FROM token_entry WHERE processor_name = ?",
                                   (rs, row) -> new SegmentClaims(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                                   NODE_ID, name);
    }

    /**
     * A segment replays until it reaches the position the stream had when the reset happened. Axon keeps
     * {@code isReplaying()} true until a newer event arrives, so "done" is judged by position instead.
     */
    private static ProjectionStatus.Rebuild rebuildProgress(Collection<EventTrackerStatus> segments) {
        long total = segments.stream().map(EventTrackerStatus::getResetPosition)
                             .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(-1);
        if (total < 0) {
            return null;
        }
        long done = segments.stream()
                            .filter(EventTrackerStatus::isReplaying)
                            .map(EventTrackerStatus::getCurrentPosition)
                            .mapToLong(current -> current.orElse(0))
                            .min().orElse(total);
        if (done >= total) {
            return null;
        }
        return progressOf(done, total);
    }

    private StreamingEventProcessor processor(String name) {
        if (!projections.contains(name)) {
            throw new NotFoundException("Projection", name);
        }
        return processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                         .orElseThrow(() -> new NotFoundException("Projection", name));
    }

    private long head() {
        TrackingToken headToken = eventStore.createHeadToken();
        return headToken == null ? 0 : headToken.position().orElse(0);
    }
}
