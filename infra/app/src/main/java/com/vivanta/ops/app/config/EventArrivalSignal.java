package com.vivanta.ops.app.config;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Tells pooled streaming processors the moment new events are in the store.
 *
 * <p>Axon's pooled processors wait for an "events available" callback from their stream; the embedded
 * event store's streams (JDBC storage, no Axon Server) offer none, so a caught-up processor would look
 * again only every 500 ms, and every read-your-writes answer would wait that long. One watcher thread
 * tails the store instead (it blocks until the store has fetched new events, whether appended here or by
 * another node) and wakes every processor's coordinator. Processors read through {@link #wrap}.
 */
public class EventArrivalSignal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventArrivalSignal.class);

    // Resolved at start: the processors' configuration, which needs this signal, is what builds the store.
    private final ObjectProvider<EventStore> eventStore;
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private volatile Thread watcher;

    public EventArrivalSignal(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** A message source whose streams announce new events through this signal. */
    public StreamableMessageSource<TrackedEventMessage<?>> wrap(StreamableMessageSource<TrackedEventMessage<?>> source) {
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                return new SignalledStream(source.openStream(token));
            }

            @Override
            public TrackingToken createTailToken() {
                return source.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return source.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return source.createTokenAt(dateTime);
            }
        };
    }

    @Override
    public void start() {
        EventStore store = eventStore.getObject();
        Thread thread = new Thread(() -> watch(store), "event-arrival-signal");
        thread.setDaemon(true);
        watcher = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** Stops before the processors and the event store do. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void watch(EventStore store) {
        while (watcher == Thread.currentThread()) {
            try (BlockingStream<TrackedEventMessage<?>> tail = store.openStream(store.createHeadToken())) {
                while (watcher == Thread.currentThread()) {
                    if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (tail.hasNextAvailable()) {
                            tail.nextAvailable();
                        }
                        listeners.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Watching for new events failed; processors fall back to polling until it recovers", e);
                sleepBeforeRetry();
            }
        }
    }

    private void sleepBeforeRetry() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class SignalledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable listener;

        SignalledStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = listener;
            if (previous != null) {
                listeners.remove(previous);
            }
            listener = callback;
            listeners.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = listener;
            if (registered != null) {
                listeners.remove(registered);
            }
            delegate.close();
        }
    }
}
