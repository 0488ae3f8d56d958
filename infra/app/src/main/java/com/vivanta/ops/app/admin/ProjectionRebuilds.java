package com.vivanta.ops.app.admin;

import com.vivanta.ops.app.config.EventArrivalSignal;
import com.vivanta.ops.app.config.ProjectionHandlerIsolation;
import com.vivanta.ops.app.config.ProjectionHealth;
import com.vivanta.ops.app.config.RebuildingProjections;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds one projection beside the processor that runs all of them, so that the others stay current meanwhile.
 *
 * <p>A rebuild empties the projection's tables and starts a processor of its own, {@code rebuild:<name>}, which
 * replays the whole stream into that projection alone, while the shared processor leaves it alone
 * ({@link RebuildingProjections}). Once the rebuild processor has caught up with the shared one, it hands the
 * projection back: the shared processor stops for a moment, the rebuild processor finishes every event the shared
 * one had passed, and the shared processor resumes with the projection included. Events that both applied are
 * recognised by the projection and change nothing. A rebuild survives a restart (its token and its place in
 * {@code projection_rebuild} are stored); its dead letters go to the projection's queue when it hands over.
 */
@Component
public class ProjectionRebuilds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final String PREFIX = "rebuild:";
    private static final long HAND_OVER_WAIT_MILLIS = 30_000;

    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final ApplicationContext beans;
    private final EventStore eventStore;
    private final EventArrivalSignal arrivals;
    private final RebuildingProjections rebuilding;
    private final ProjectionHandlerIsolation isolation;
    private final ProjectionHealth health;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final Serializer eventSerializer;
    private final ConnectionProvider connectionProvider;
    private final DeadLetterSchema deadLetterSchema;
    private final int batchSize;
    private final Map<String, PooledStreamingEventProcessor> rebuilds = new ConcurrentHashMap<>();
    private final Map<String, ScheduledExecutorService> threads = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService watcher;

    ProjectionRebuilds(EventProcessingConfiguration processing, Configuration axon, ApplicationContext beans,
                       EventStore eventStore, EventArrivalSignal arrivals, RebuildingProjections rebuilding,
                       ProjectionHandlerIsolation isolation, ProjectionHealth health, JdbcTemplate jdbc,
                       Serializer tokenSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                       ConnectionProvider connectionProvider, DeadLetterSchema deadLetterSchema,
                       @Value("${vivanta.projections.batch-size:1000}") int batchSize) {
        this.processing = processing;
        this.axon = axon;
        this.beans = beans;
        this.eventStore = eventStore;
        this.arrivals = arrivals;
        this.rebuilding = rebuilding;
        this.isolation = isolation;
        this.health = health;
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.eventSerializer = eventSerializer;
        this.connectionProvider = connectionProvider;
        this.deadLetterSchema = deadLetterSchema;
        this.batchSize = batchSize;
    }

    /** Where a rebuild stands: the position its processor has reached, and the head when it began. */
    record Progress(Long position, long headAtStart, boolean failing) {
    }

    /** Whether the projection is rebuilt beside its processor now. */
    boolean isRebuilding(String projection) {
        return rebuilding.rebuilding().contains(projection);
    }

    /** Starts rebuilding the projection beside its processor; nothing happens if it is being rebuilt already. */
    synchronized void start(String projection, StreamingEventProcessor shared, long head) {
        if (isRebuilding(projection)) {
            return;
        }
        log.info("Rebuilding projection {} beside processor {}, up to position {} and on", projection,
                 shared.getName(), head);
        shared.shutDown();
        try {
            rebuilding.begin(projection, head);
            String name = PREFIX + projection;
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", name);
            jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", name);
            DeadLetteringEventHandlerInvoker invoker = invokerFor(projection, shared);
            processing.transactionManager(shared.getName()).executeInTransaction(invoker::performReset);
            processing.deadLetterQueue(projection).ifPresent(SequencedDeadLetterQueue::clear);
            PooledStreamingEventProcessor rebuild = rebuildProcessor(projection, shared, invoker);
            rebuilds.put(projection, rebuild);
            rebuild.start();
        } finally {
            shared.start();
        }
    }

    Optional<Progress> progress(String projection) {
        PooledStreamingEventProcessor rebuild = rebuilds.get(projection);
        if (rebuild == null) {
            return Optional.empty();
        }
        OptionalLong position = position(rebuild);
        return Optional.of(new Progress(position.isPresent() ? position.getAsLong() : null,
                                        rebuilding.headAtStart(projection).orElse(0L),
                                        rebuild.isError() || health.failure(rebuild.getName()).isPresent()));
    }

    /**
     * Hands projections whose rebuild has caught up back to their processor. Called every few hundred
     * milliseconds while a rebuild runs.
     */
    private void handOverCaughtUp() {
        rebuilds.forEach((projection, rebuild) -> {
            try {
                StreamingEventProcessor shared = sharedProcessorOf(projection);
                OptionalLong rebuilt = position(rebuild);
                OptionalLong current = position(shared);
                if (rebuilt.isPresent() && current.isPresent() && rebuilt.getAsLong() >= current.getAsLong()) {
                    handOver(projection, rebuild, shared);
                }
            } catch (RuntimeException e) {
                log.warn("Could not hand projection {} back to its processor yet: {}", projection, e.toString());
            }
        });
    }

    private synchronized void handOver(String projection, PooledStreamingEventProcessor rebuild,
                                       StreamingEventProcessor shared) {
        shared.shutDown();
        try {
            awaitCovering(rebuild, storedTokens(shared.getName()));
            stopRebuild(projection, rebuild);
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", rebuild.getName());
            // The rebuild's dead letters are the projection's: its processor retries them from now on.
            jdbc.update("UPDATE dead_letter_entry SET processing_group = ? WHERE processing_group = ?", projection,
                        rebuild.getName());
            rebuilding.end(projection);
            log.info("Projection {} is rebuilt; processor {} runs it again", projection, shared.getName());
        } finally {
            shared.start();
        }
    }

    /** Waits until the rebuild processor has seen every event the stopped shared processor had seen. */
    private static void awaitCovering(PooledStreamingEventProcessor rebuild, Iterable<TrackingToken> shared) {
        long deadline = System.currentTimeMillis() + HAND_OVER_WAIT_MILLIS;
        while (!covers(rebuild, shared)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the rebuild did not catch up with its processor in time");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing over", e);
            }
        }
    }

    private static boolean covers(PooledStreamingEventProcessor rebuild, Iterable<TrackingToken> shared) {
        Map<Integer, EventTrackerStatus> status = rebuild.processingStatus();
        for (TrackingToken token : shared) {
            boolean covered = token == null || status.values().stream()
                                                     .map(EventTrackerStatus::getTrackingToken)
                                                     .anyMatch(seen -> seen != null && seen.covers(token));
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private Iterable<TrackingToken> storedTokens(String processorName) {
        return jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                          (rs, row) -> rs.getBytes(1) == null ? null : tokenSerializer.deserialize(
                                  new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                          processorName);
    }

    /** The projection's handlers, whose dead letters wait in a queue of the rebuild's own until the hand-over. */
    private DeadLetteringEventHandlerInvoker invokerFor(String projection, StreamingEventProcessor shared) {
        Object handler = handlerOf(projection);
        SequencedDeadLetterQueue<EventMessage<?>> deadLetters =
                JdbcSequencedDeadLetterQueue.builder()
                                            .processingGroup(PREFIX + projection)
                                            .connectionProvider(connectionProvider)
                                            .transactionManager(processing.transactionManager(shared.getName()))
                                            .schema(deadLetterSchema)
                                            .genericSerializer(tokenSerializer)
                                            .eventSerializer(eventSerializer)
                                            .build();
        return DeadLetteringEventHandlerInvoker.builder()
                                               .eventHandlers(handler)
                                               .handlerDefinition(axon.handlerDefinition(handler.getClass()))
                                               .parameterResolverFactory(axon.parameterResolverFactory())
                                               .sequencingPolicy(processing.sequencingPolicy(projection))
                                               .queue(deadLetters)
                                               .transactionManager(processing.transactionManager(shared.getName()))
                                               .enableSequenceIdentifierCache()
                                               .build();
    }

    /** A processor running the projection alone, from the start of the stream, on one thread. */
    private PooledStreamingEventProcessor rebuildProcessor(String projection, StreamingEventProcessor shared,
                                                           DeadLetteringEventHandlerInvoker invoker) {
        String name = PREFIX + projection;
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory(name));
        threads.put(projection, thread);
        PooledStreamingEventProcessor rebuild =
                PooledStreamingEventProcessor.builder()
                                             .name(name)
                                             .eventHandlerInvoker(invoker)
                                             .errorHandler(health)
                                             .messageSource(arrivals.wrap(eventStore))
                                             .tokenStore(processing.tokenStore(shared.getName()))
                                             .transactionManager(processing.transactionManager(shared.getName()))
                                             .coordinatorExecutor(thread)
                                             .workerExecutor(thread)
                                             .initialSegmentCount(1)
                                             .initialToken(StreamableMessageSource::createTailToken)
                                             .batchSize(batchSize)
                                             .build();
        rebuild.registerHandlerInterceptor(rebuilding.rebuildProcessorOf(projection));
        rebuild.registerHandlerInterceptor(isolation.batchesOf(name));
        rebuild.registerHandlerInterceptor(health.recoveryOf(name));
        return rebuild;
    }

    private Object handlerOf(String projection) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                     .filter(name -> projection.equals(beans.findAnnotationOnBean(name, ProcessingGroup.class).value()))
                     .findFirst()
                     .map(beans::getBean)
                     .orElseThrow(() -> new IllegalStateException("No event handler of projection " + projection));
    }

    private StreamingEventProcessor sharedProcessorOf(String projection) {
        return processing.eventProcessorByProcessingGroup(projection, StreamingEventProcessor.class)
                         .orElseThrow(() -> new IllegalStateException("No processor runs projection " + projection));
    }

    private static OptionalLong position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong)
                        .min();
    }

    /** Resumes the rebuilds a stop interrupted, and starts watching for rebuilds that have caught up. */
    @Override
    public void start() {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                new AxonThreadFactory("projection-rebuilds"));
        watcher = thread;
        for (String projection : rebuilding.rebuilding()) {
            StreamingEventProcessor shared = sharedProcessorOf(projection);
            PooledStreamingEventProcessor rebuild = rebuildProcessor(projection, shared,
                                                                     invokerFor(projection, shared));
            rebuilds.put(projection, rebuild);
            rebuild.start();
            log.info("Resumed the rebuild of projection {}", projection);
        }
        thread.scheduleWithFixedDelay(this::handOverCaughtUp, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.shutdownNow();
        }
        rebuilds.forEach(this::stopRebuild);
    }

    private void stopRebuild(String projection, PooledStreamingEventProcessor rebuild) {
        rebuild.shutDown();
        rebuilds.remove(projection, rebuild);
        Optional.ofNullable(threads.remove(projection)).ifPresent(ScheduledExecutorService::shutdown);
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** After the processors have started (Axon's lifecycle runs in earlier phases), and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2;
    }
}
