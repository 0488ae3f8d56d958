package com.vivanta.ops.app.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC storage engine, reading the tail of the stream with one query per new commit instead of three.
 *
 * <p>The embedded event store has one producer that reads the stream's tail for every processor near it. Axon's
 * engine reads on until a query comes back empty (an empty window then costs a second statement looking for
 * events beyond it), and the producer, having found events, reads once more: three transactions and five
 * statements for every commit, two of them only to learn that nothing else is there. This engine stops reading
 * at the first window that is not full, and answers the producer's next read itself when it asks from exactly
 * there, moments later, and no transaction of this JVM has committed events since: the answer would be empty.
 *
 * <p>Nothing is missed: a commit in this JVM counts before Axon tells the producer about it, so the producer's
 * next read goes to the database; and a commit elsewhere (another node, a transaction that was still open during
 * the read) is found by the producer's regular read, which follows within its fetch delay. Streams that catch up
 * from the past (a rebuild) read exhaustively, as Axon does.
 */
public class TailReadingJdbcEventStorageEngine extends JdbcEventStorageEngine {

    /** How long "nothing after this position" holds without asking again, when nothing committed here since. */
    private static final long EMPTY_TAIL_VALID_NANOS = 50_000_000;

    private final int batchSize;
    private final LongSupplier clock;
    /** Commits of this JVM that appended events: moves on before Axon tells the store's producer of them. */
    private final AtomicLong localCommits = new AtomicLong();
    private volatile EmptyTail emptyTail;

    /** The tail read last ended at {@code token}, with nothing after it, as of {@code commitsSeen}. */
    private record EmptyTail(TrackingToken token, long commitsSeen, long readAtNanos) {
    }

    /** An engine as {@code builder} describes it, reading windows of {@code batchSize} positions (as set there). */
    public TailReadingJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, int batchSize) {
        super(builder.batchSize(batchSize));
        this.batchSize = batchSize;
        this.clock = System::nanoTime;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events,
                                org.axonframework.serialization.Serializer serializer) {
        super.appendEvents(events, serializer);
        if (events.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    localCommits.incrementAndGet();
                }
            });
        } else {
            localCommits.incrementAndGet();
        }
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        if (!mayBlock) {
            return super.readEventData(token, false);
        }
        long commitsBefore = localCommits.get();
        EmptyTail known = emptyTail;
        if (known != null && known.commitsSeen() == commitsBefore && Objects.equals(known.token(), token)
                && clock.getAsLong() - known.readAtNanos() < EMPTY_TAIL_VALID_NANOS) {
            return Stream.empty();
        }
        long readAt = clock.getAsLong();
        return StreamSupport.stream(new TailSpliterator(token, commitsBefore, readAt), false);
    }

    /** Reads windows of the tail until one is not full, then remembers where the tail ended. */
    private final class TailSpliterator extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private TrackingToken last;
        private final long commitsBefore;
        private final long readAt;
        private Iterator<? extends TrackedEventData<?>> window = List.<TrackedEventData<?>>of().iterator();
        private boolean lastWindowRead;

        TailSpliterator(TrackingToken from, long commitsBefore, long readAt) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.last = from;
            this.commitsBefore = commitsBefore;
            this.readAt = readAt;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!window.hasNext()) {
                if (lastWindowRead) {
                    return false;
                }
                List<? extends TrackedEventData<?>> events = new ArrayList<>(fetchTrackedEvents(last, batchSize));
                lastWindowRead = events.size() < batchSize;
                window = events.iterator();
                if (lastWindowRead && events.isEmpty()) {
                    emptyTail = new EmptyTail(last, commitsBefore, readAt);
                }
            }
            if (!window.hasNext()) {
                return false;
            }
            TrackedEventData<?> next = window.next();
            last = next.trackingToken();
            if (lastWindowRead && !window.hasNext()) {
                emptyTail = new EmptyTail(last, commitsBefore, readAt);
            }
            action.accept(next);
            return true;
        }
    }
}
