package com.vivanta.ops.platform.messaging;

import com.vivanta.ops.api.common.Versioned;
import com.vivanta.ops.platform.web.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets a command endpoint answer with the projected view that already includes its own write, while
 * projections stay asynchronous (pooled streaming processors).
 *
 * <p>After the command has committed, the event store tells the aggregate's last sequence number. A
 * subscription query then waits, bounded, until the read model reports a view at or past that version:
 * the initial answer covers a projection that was already there, the updates (emitted by the projection
 * after its transaction commits) cover one that was not. Updates are emitted only in the JVM that
 * projected the event; when another node holds the segment, a slow poll of the same query finds the
 * view instead. If the bound passes, the endpoint answers 202 Accepted with the id instead of a stale
 * view.
 */
@Component
public class ReadYourWrites {

    /** Only matters when another node projects the entity; locally, the emitted update comes first. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final EventStore eventStore;
    private final QueryGateway queryGateway;
    private final Duration timeout;

    public ReadYourWrites(EventStore eventStore,
                          QueryGateway queryGateway,
                          @Value("${vivanta.read-your-writes.timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.queryGateway = queryGateway;
        this.timeout = timeout;
    }

    /** The view of the aggregate once it reflects every event stored for it so far, if that comes in time. */
    public <V extends Versioned> Optional<V> awaitView(UUID aggregateId, Object query, Class<V> viewType) {
        long expectedVersion = eventStore.lastSequenceNumberFor(aggregateId.toString()).orElse(-1L);
        return awaitView(query, viewType, view -> view.version() >= expectedVersion);
    }

    /**
     * The view once {@code ready} holds for it, if that comes in time: for a view that counts versions of
     * its own (a policy's version, which the command answered) rather than the aggregate's events.
     */
    public <V> Optional<V> awaitView(Object query, Class<V> viewType, Predicate<V> ready) {
        SubscriptionQueryResult<Optional<V>, V> result = queryGateway.subscriptionQuery(
                query, ResponseTypes.optionalInstanceOf(viewType), ResponseTypes.instanceOf(viewType));
        Flux<V> polled = Flux.interval(POLL_INTERVAL)
                             .concatMap(tick -> Mono.fromFuture(queryGateway.query(
                                     query, ResponseTypes.optionalInstanceOf(viewType))))
                             .flatMap(Mono::justOrEmpty);
        try {
            return Flux.merge(Flux.concat(result.initialResult().flatMap(Mono::justOrEmpty), result.updates()),
                              polled)
                       .filter(ready)
                       .next()
                       .timeout(timeout, Mono.empty())
                       .blockOptional();
        } finally {
            result.cancel();
        }
    }

    /** 201 Created with the view, or 202 Accepted with the id if the read model lags beyond the bound. */
    public <V extends Versioned> ResponseEntity<ApiResponse<?>> created(UUID id, URI location, Object query,
                                                                       Class<V> viewType) {
        return respond(HttpStatus.CREATED, id, location, query, viewType, Function.identity());
    }

    /** 200 OK with the view, or 202 Accepted with the id if the read model lags beyond the bound. */
    public <V extends Versioned> ResponseEntity<ApiResponse<?>> updated(UUID id, URI location, Object query,
                                                                       Class<V> viewType) {
        return respond(HttpStatus.OK, id, location, query, viewType, Function.identity());
    }

    /**
     * For changes to a part of an aggregate (a unit of a property): waits for the aggregate's view, then
     * answers with what {@code answer} reads from the same, now current, read model.
     */
    public <V extends Versioned> ResponseEntity<ApiResponse<?>> respond(HttpStatus status, UUID aggregateId,
                                                                        URI location, Object aggregateQuery,
                                                                        Class<V> viewType, Function<V, ?> answer) {
        return answer(status, aggregateId, location, awaitView(aggregateId, aggregateQuery, viewType).map(answer));
    }

    /** 200 OK with the view once {@code ready} holds for it, or 202 Accepted with the id if that takes too long. */
    public <V> ResponseEntity<ApiResponse<?>> updatedWhen(UUID id, URI location, Object query, Class<V> viewType,
                                                          Predicate<V> ready) {
        return respondWhen(HttpStatus.OK, id, location, query, viewType, ready);
    }

    /** {@code status} with the view once {@code ready} holds for it, or 202 Accepted with the id if that is late. */
    public <V> ResponseEntity<ApiResponse<?>> respondWhen(HttpStatus status, UUID id, URI location, Object query,
                                                          Class<V> viewType, Predicate<V> ready) {
        return answer(status, id, location, awaitView(query, viewType, ready));
    }

    private static ResponseEntity<ApiResponse<?>> answer(HttpStatus status, UUID id, URI location,
                                                         Optional<?> body) {
        return body.<ResponseEntity<ApiResponse<?>>>map(view -> ResponseEntity.status(status).location(location)
                                                                          .body(ApiResponse.of(view)))
                   .orElseGet(() -> ResponseEntity.accepted().location(location)
                                                  .body(ApiResponse.of(Map.of("id", id, "projection", "PENDING"))));
    }
}
