package com.vivanta.ops.app.config;

import com.vivanta.ops.command.ai.AiAssistTriggers;
import com.vivanta.ops.command.workorder.CaseWorkOrderTracker;
import com.vivanta.ops.query.workflow.WorkflowTimelineProjection;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How events reach the read models: one pooled streaming processor, {@value #PROJECTIONS}, runs every
 * projection's processing group, so that an event costs one transaction (and one token update) per batch,
 * whatever the number of read models. Each processing group keeps what makes it a projection of its own:
 * its dead-letter queue, its sequencing policy, its reset handler, and its own rebuild
 * ({@code ProjectionRebuilds}).
 *
 * <p>The processor has one segment by default, so it sees the events in the order of the store: a projection
 * that joins several aggregates (a case and the AI runs about it) finds the one it joins to. Its transactions
 * do not wait for the disk ({@link ProjectionTransactionManager}).
 *
 * <p>Two groups act rather than project and subscribe instead, in the thread of the command that caused the
 * event: {@code case-work-order-tracker}, a rule keeper whose failure fails the command, and {@code
 * ai-assistant}, which hands its work to a pool of its own once the command has committed.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessingConfiguration {

    /** The processor of every projection. */
    public static final String PROJECTIONS = "projections";

    /** Groups that run in the command's thread and transaction; their failures propagate to the command. */
    private static final Set<String> SUBSCRIBING = Set.of(CaseWorkOrderTracker.PROCESSING_GROUP,
                                                          AiAssistTriggers.PROCESSING_GROUP);

    /**
     * Projections whose rows join events of several aggregates (a case and the AI runs about it) and so need
     * the order of the event store as a whole: all their events carry one sequence identifier, a string whose
     * hash every node computes alike, so that with several segments one segment handles them all, in order,
     * and a dead-lettered event holds back the ones after it instead of letting them miss what they join to.
     */
    private static final Set<String> IN_GLOBAL_ORDER = Set.of(WorkflowTimelineProjection.NAME);

    /**
     * Every projection gets a dead-letter queue: an event its handler fails on is parked there (with the rest
     * of its sequence, to keep order) while the processor moves on, instead of being skipped silently or
     * blocking the other read models. This replaces Axon's own module of this type, which enables the queue
     * only for groups listed one by one in properties, so a new projection could silently go without.
     */
    @Bean
    public DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            ConnectionProvider connectionProvider, TransactionManager transactionManager, DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(null, null) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(
                        processingGroup -> SUBSCRIBING.contains(processingGroup) ? null
                                : config -> deadLetterQueue(processingGroup, connectionProvider, transactionManager,
                                                            schema, eventSerializer, genericSerializer));
            }
        };
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(
            String processingGroup, ConnectionProvider connectionProvider, TransactionManager transactionManager,
            DeadLetterSchema schema, Serializer eventSerializer, Serializer genericSerializer) {
        return JdbcSequencedDeadLetterQueue.builder()
                                           .processingGroup(processingGroup)
                                           .connectionProvider(connectionProvider)
                                           .transactionManager(transactionManager)
                                           .schema(schema)
                                           .genericSerializer(genericSerializer)
                                           .eventSerializer(eventSerializer)
                                           .build();
    }

    @Bean
    public ProjectionCatalog projectionCatalog(ListableBeanFactory beans) {
        return new ProjectionCatalog(beans, SUBSCRIBING);
    }

    @Bean
    public ProjectionHandlerIsolation projectionHandlerIsolation(DataSource dataSource,
                                                                 EntityManagerFactory entityManagerFactory) {
        return new ProjectionHandlerIsolation(dataSource, entityManagerFactory);
    }

    @Bean
    public RebuildingProjections rebuildingProjections(DataSource dataSource) {
        return new RebuildingProjections(new JdbcTemplate(dataSource));
    }

    @Bean
    public ProjectionHealth projectionHealth(Clock clock) {
        return new ProjectionHealth(clock);
    }

    @Bean
    public EventArrivalSignal eventArrivalSignal(ObjectProvider<EventStore> eventStore) {
        return new EventArrivalSignal(eventStore);
    }

    /**
     * The processors: {@value #PROJECTIONS} for every projection, woken by {@link EventArrivalSignal} as soon
     * as events are stored; a failed batch is retried, never skipped, and {@link ProjectionHealth} keeps the
     * failure visible until a batch goes through again. A group named in
     * {@code vivanta.projections.own-processor} gets a processor of its own, so that its failures cannot hold
     * back the others (used for the deliberately failing projections of the tests).
     */
    @Bean
    public ConfigurerModule processorTopology(EventArrivalSignal eventArrivalSignal, ProjectionHealth health,
                                              ProjectionHandlerIsolation isolation,
                                              PlatformTransactionManager transactionManager, DataSource dataSource,
                                              @Value("${vivanta.projections.batch-size:1000}") int batchSize,
                                              @Value("${vivanta.projections.segments:1}") int segments,
                                              @Value("${vivanta.projections.own-processor:}") List<String> ownProcessor,
                                              ProjectionCatalog projections) {
        // Not a bean: Axon's own TransactionManager bean must stay the only one, for everything else.
        ProjectionTransactionManager projectionTransactions =
                new ProjectionTransactionManager(transactionManager, new JdbcTemplate(dataSource));
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .assignProcessingGroup(group -> SUBSCRIBING.contains(group) || ownProcessor.contains(group)
                            ? group : PROJECTIONS)
                    .usingPooledStreamingEventProcessors((config, builder) -> {
                        builder.messageSource(eventArrivalSignal.wrap(config.eventStore()))
                               .batchSize(batchSize)
                               .initialSegmentCount(segments);
                        return segments == 1 ? oneThreadPerProcessor(config, builder) : builder;
                    })
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                    .registerDefaultErrorHandler(config -> health)
                    .registerDefaultHandlerInterceptor((config, processor) -> health.recoveryOf(processor));
            Stream.concat(Stream.of(PROJECTIONS), ownProcessor.stream()).forEach(processor -> processing
                    .registerTransactionManager(processor, config -> projectionTransactions)
                    .registerHandlerInterceptor(processor, config -> isolation.batchesOf(processor)));
            // Without the cache, every event costs every group a query asking whether its sequence is parked.
            projections.names().forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                    group, (config, builder) -> builder.enableSequenceIdentifierCache()));
            IN_GLOBAL_ORDER.forEach(group -> processing.registerSequencingPolicy(group, config -> event -> group));
            SUBSCRIBING.forEach(group -> processing
                    .registerSubscribingEventProcessor(group)
                    .registerErrorHandler(group, config -> PropagatingErrorHandler.instance()));
        };
    }

    /**
     * Lets a processor of one segment fetch and apply events on a single thread. Axon's coordinator hands each
     * event it reads to the segment's worker, which starts on the first one; on a thread of its own, the worker
     * would take the events of one commit in several batches, each a transaction. On the coordinator's thread it
     * starts once the coordinator has handed over all it read, and takes them in one batch.
     */
    private static PooledStreamingEventProcessor.Builder oneThreadPerProcessor(
            org.axonframework.config.Configuration config, PooledStreamingEventProcessor.Builder builder) {
        Map<String, ScheduledExecutorService> threads = new ConcurrentHashMap<>();
        Function<String, ScheduledExecutorService> threadOf = processor -> threads.computeIfAbsent(processor, name -> {
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                    new AxonThreadFactory("Projections[" + name + "]"));
            config.onShutdown(thread::shutdown);
            return thread;
        });
        return builder.coordinatorExecutor(threadOf).workerExecutor(threadOf);
    }
}
