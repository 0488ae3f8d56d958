package com.vivanta.ops.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.command.ai.AiAssistTriggers;
import com.vivanta.ops.command.workorder.CaseWorkOrderTracker;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How Axon runs here: a JDBC event store in PostgreSQL with snake_case tables (created by Flyway),
 * Jackson for every serializer with a mapper of our own, pooled streaming processors whose tokens commit
 * with the read models, a dead-letter queue for every processing group, and command metadata that
 * carries tenant, actor and correlation onto every event.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Handlers that are part of the command that caused the event, not projections: they run in the
     * command's thread and transaction, and their failure fails the command.
     */
    private static final Set<String> IN_COMMAND_TRANSACTION = Set.of(CaseWorkOrderTracker.PROCESSING_GROUP);

    /**
     * The mappers Axon writes JSON with. They are not beans: Spring MVC must not pick them up, and a change
     * to {@code spring.jackson.*} must never change how stored events read.
     */
    private static JsonMapper.Builder axonJson() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .addModule(new Jdk8Module())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         // ISO-8601 (PT4H) instead of a decimal count of seconds whose unit the reader must know.
                         .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    /** Tokens, sagas and dead-letter diagnostics: Axon's own types, which omit some empty fields. */
    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(axonJson().build()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return serializer();
    }

    /**
     * Events are strict: a stored event that lacks a field its class now has was written in an older
     * shape, and must pass an upcaster rather than silently read as null.
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder()
                                .objectMapper(axonJson().enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                                                        .build())
                                .build();
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                          .eventTable("domain_event_entry")
                          .snapshotTable("snapshot_event_entry")
                          .globalIndexColumn("global_index")
                          .timestampColumn("time_stamp")
                          .eventIdentifierColumn("event_identifier")
                          .aggregateIdentifierColumn("aggregate_identifier")
                          .sequenceNumberColumn("sequence_number")
                          .typeColumn("type")
                          .payloadTypeColumn("payload_type")
                          .payloadRevisionColumn("payload_revision")
                          .payloadColumn("payload")
                          .metaDataColumn("meta_data")
                          .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                          .setTokenTable("token_entry")
                          .setProcessorNameColumn("processor_name")
                          .setSegmentColumn("segment")
                          .setTokenColumn("token")
                          .setTokenTypeColumn("token_type")
                          .setTimestampColumn("timestamp")
                          .setOwnerColumn("owner")
                          .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                                                   .sagaEntryTable("saga_entry")
                                                   .associationValueEntryTable("association_value_entry")
                                                   .sagaIdColumn("saga_id")
                                                   .sagaTypeColumn("saga_type")
                                                   .revisionColumn("revision")
                                                   .serializedSagaColumn("serialized_saga")
                                                   .associationKeyColumn("association_key")
                                                   .associationValueColumn("association_value")
                                                   .build());
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_id")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }

    /**
     * Every processing group gets a dead-letter queue: an event its handler fails on is parked there
     * (with the rest of its aggregate's sequence, to keep order) while the processor moves on, instead of
     * being skipped silently or blocking the projection. This replaces Axon's own module of this type,
     * which enables the queue only for groups listed one by one in properties, so a new projection could
     * silently go without.
     */
    @Bean
    public DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            ConnectionProvider connectionProvider, TransactionManager transactionManager, DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(null, null) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(
                        processingGroup -> IN_COMMAND_TRANSACTION.contains(processingGroup) ? null
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
    public ProjectionHandlerIsolation projectionHandlerIsolation(DataSource dataSource,
                                                                 EntityManagerFactory entityManagerFactory) {
        return new ProjectionHandlerIsolation(dataSource, entityManagerFactory);
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
     * Projections run on pooled streaming processors, woken by {@link EventArrivalSignal} as soon as
     * events are stored; a failed batch is retried, never skipped, and {@link ProjectionHealth} keeps
     * the failure visible until a batch goes through again. The groups of {@link #IN_COMMAND_TRANSACTION}
     * subscribe instead, and pass their failures on to the command.
     */
    @Bean
    public ConfigurerModule processorDefaults(EventArrivalSignal eventArrivalSignal, ProjectionHealth health,
                                              @Value("${vivanta.projections.batch-size:100}") int batchSize,
                                              @Value("${vivanta.projections.segments:4}") int segments) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .usingPooledStreamingEventProcessors((config, builder) -> builder
                            .messageSource(eventArrivalSignal.wrap(config.eventStore()))
                            .batchSize(batchSize)
                            .initialSegmentCount(segments))
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                    .registerDefaultErrorHandler(config -> health)
                    .registerDefaultHandlerInterceptor((config, processor) -> health.recoveryOf(processor));
            // Reacting to the past would ask the assistant about every case there ever was.
            processing.registerPooledStreamingEventProcessorConfiguration(
                    AiAssistTriggers.PROCESSING_GROUP,
                    (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
            IN_COMMAND_TRANSACTION.forEach(group -> processing
                    .registerSubscribingEventProcessor(group)
                    .registerErrorHandler(group, config -> PropagatingErrorHandler.instance()));
        };
    }

    /**
     * Tenant, actor, correlation and request ids — and the AI suggestion being applied, if any — travel
     * from a command to the events it causes. Axon's
     * own origin data is kept under the names causationId and traceId, so that correlationId stays the
     * caller's.
     */
    @Bean
    public CorrelationDataProvider tenantAndActorCorrelation() {
        return new SimpleCorrelationDataProvider(MessageMetadata.ORGANIZATION_ID, MessageMetadata.USER_ID,
                                                 MessageMetadata.CORRELATION_ID, MessageMetadata.REQUEST_ID,
                                                 MessageMetadata.AI_SUGGESTION_ID);
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /**
     * PostgreSQL reports a unique-key violation as SQLState 23505. Axon's default resolver looks for an
     * exception type the PostgreSQL driver never throws, so without this a second writer to the same
     * aggregate (another node, same moment) would surface as a generic storage error instead of a
     * concurrency conflict that can be retried.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService commandRetryExecutor() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Commands that lose an optimistic-locking race (another node appended to the same aggregate first)
     * are retried a few times; every other failure is final and reaches the caller at once.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        IntervalRetryScheduler retries = IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .retryInterval(50)
                .maxRetryCount(3)
                .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException)
                        || failure instanceof AggregateStreamCreationException)
                .build();
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
