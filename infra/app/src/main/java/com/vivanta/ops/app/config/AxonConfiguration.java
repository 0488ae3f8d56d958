package com.vivanta.ops.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vivanta.ops.api.common.MessageMetadata;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How Axon stores and sends messages here: a JDBC event store in PostgreSQL with snake_case tables (created
 * by Flyway), Jackson for every serializer with a mapper of our own, command metadata that carries tenant,
 * actor and correlation onto every event, and a command gateway that retries lost optimistic-locking races.
 * How events reach the read models is {@link ProjectionProcessingConfiguration}'s business.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

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

    /**
     * Axon's JDBC engine as its auto-configuration builds it, reading the stream's tail more sparingly
     * ({@link TailReadingJdbcEventStorageEngine}) and in windows of {@code vivanta.event-store.batch-size}
     * global positions, so that a rebuild reads a thousand events per query rather than a hundred.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema,
                                                 @Value("${vivanta.event-store.batch-size:1000}") int batchSize) {
        return new TailReadingJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                                                                           .snapshotSerializer(defaultSerializer)
                                                                           .upcasterChain(configuration.upcasterChain())
                                                                           .persistenceExceptionResolver(
                                                                                   persistenceExceptionResolver)
                                                                           .eventSerializer(eventSerializer)
                                                                           .snapshotFilter(configuration.snapshotFilter())
                                                                           .connectionProvider(connectionProvider)
                                                                           .transactionManager(transactionManager)
                                                                           .schema(eventSchema),
                                                     batchSize);
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
