package com.vivanta.ops.platform.messaging;

import com.vivanta.ops.api.common.Versioned;
import com.vivanta.ops.platform.web.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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

/**
 * Lets a command endpoint answer with the projected view that already includes its own write, while
 * projections stay asynchronous (pooled streaming processors), and without reading the database in the
 * usual case.
 *
 * <p>The version the view must reach is the aggregate's last sequence number, which {@link CommittedVersions}
 * saw the endpoint's own command append (the event store is asked only when the command was retried on
 * another thread). The endpoint then subscribes to the projection's announcements and looks among the views
 * announced just before ({@link RecentViews}): the projection announces a view after its transaction commits,
 * so the view is found either there or among the announcements that follow. Announcements are made only in
 * the JVM that projected the event; when another node holds the projection, a slow poll of the same query
 * finds the view instead. If the bound passes, the endpoint answers 202 Accepted with the id instead of a
 * stale view.
 */
@Component
public class ReadYourWrites {

    /** Only matters when another node projects the entity; locally, the announcement comes first. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final EventStore eventStore;
    private final QueryGateway queryGateway;
    private final CommittedVersions committedVersions;
    private final RecentViews recentViews;
    private final Duration timeout;

    public ReadYourWrites(EventStore eventStore,
                          QueryGateway queryGateway,
                          CommittedVersions committedVersions,
                          RecentViews recentViews,
                          @Value("${vivanta.read-your-writes.timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.queryGateway = queryGateway;
        this.committedVersions = committedVersions;
        this.recentViews = recentViews;
        this.timeout = timeout;
    }

    /** The view of the aggregate once it reflects every event stored for it so far, if that comes in time. */
    public <V extends Versioned> Optional<V> awaitView(UUID aggregateId, Object query, Class<V> viewType) {
        String aggregate = aggregateId.toString();
        OptionalLong written = committedVersions.of(aggregate);
        long expectedVersion = written.isPresent() ? written.getAsLong()
                : eventStore.lastSequenceNumberFor(aggregate).orElse(-1L);
        return awaitView(aggregate, query, viewType, view -> view.version() >= expectedVersion);
    }

    /**
     * The view once {@code ready} holds for it, if that comes in time: for a view that counts versions of
     * its own (a policy's version, which the command answered) rather than the aggregate's events.
     */
    public <V> Optional<V> awaitView(Object query, Class<V> viewType, Predicate<V> ready) {
        return awaitView(null, query, viewType, ready);
    }

    private <V> Optional<V> awaitView(String aggregateId, Object query, Class<V> viewType, Predicate<V> ready) {
        // Subscribed first, so that a view announced after the look among the recent ones is not missed.
        SubscriptionQueryResult<Optional<V>, V> result = queryGateway.subscriptionQuery(
                query, ResponseTypes.optionalInstanceOf(viewType), ResponseTypes.instanceOf(viewType));
        BlockingQueue<V> announcements = new LinkedBlockingQueue<>();
        result.updates().subscribe(announcements::offer);
        try {
            Optional<V> announced = aggregateId == null ? Optional.empty()
                    : recentViews.find(aggregateId, query, viewType, ready);
            if (announced.isPresent()) {
                return announced;
            }
            // Waited for here, on the request's thread; the query of a poll is never interrupted halfway.
            long deadline = System.nanoTime() + timeout.toNanos();
            long nextPoll = aggregateId == null ? System.nanoTime() : System.nanoTime() + POLL_INTERVAL.toNanos();
            for (long now = System.nanoTime(); now < deadline; now = System.nanoTime()) {
                if (now >= nextPoll) {
                    Optional<V> polled = Futures.join(queryGateway.query(query,
                                                                         ResponseTypes.optionalInstanceOf(viewType)))
                                                .filter(ready);
                    if (polled.isPresent()) {
                        return polled;
                    }
                    nextPoll = System.nanoTime() + POLL_INTERVAL.toNanos();
                }
                V view = announcements.poll(Math.min(deadline, nextPoll) - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (view != null && ready.test(view)) {
                    return Optional.of(view);
                }
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
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
