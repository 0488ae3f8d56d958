package com.vivanta.ops.platform.messaging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The views projections announced last, per aggregate whose event they reflect: a command endpoint that looks
 * for its own write finds it here when the projection was quicker than the endpoint, without reading the
 * database. Only announcements made after their projection committed are kept
 * ({@link AnnouncingQueryUpdateEmitter}), and only the latest few of the most recently changed aggregates.
 */
@Component
public class RecentViews {

    private static final int AGGREGATES = 4096;
    private static final int VIEWS_PER_AGGREGATE = 8;

    /** One announcement: the view, and which queries it answers. */
    private record Announced(Class<?> queryType, Predicate<Object> answers, Object view) {
    }

    private final Map<String, Deque<Announced>> byAggregate = new LinkedHashMap<>(AGGREGATES, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Announced>> eldest) {
            return size() > AGGREGATES;
        }
    };

    @SuppressWarnings("unchecked")
    <Q> void remember(String aggregateId, Class<Q> queryType, Predicate<? super Q> answers, Object view) {
        Announced announced = new Announced(queryType, query -> answers.test((Q) query), view);
        synchronized (byAggregate) {
            Deque<Announced> views = byAggregate.remove(aggregateId);
            if (views == null) {
                views = new ArrayDeque<>();
            }
            views.addFirst(announced);
            if (views.size() > VIEWS_PER_AGGREGATE) {
                views.removeLast();
            }
            byAggregate.put(aggregateId, views);
        }
    }

    /** The newest view announced for the aggregate that answers the query and is {@code ready}. */
    <V> Optional<V> find(String aggregateId, Object query, Class<V> viewType, Predicate<V> ready) {
        synchronized (byAggregate) {
            Deque<Announced> views = byAggregate.get(aggregateId);
            if (views == null) {
                return Optional.empty();
            }
            return views.stream()
                        .filter(announced -> announced.queryType().isInstance(query)
                                && viewType.isInstance(announced.view()) && announced.answers().test(query))
                        .map(announced -> viewType.cast(announced.view()))
                        .filter(ready)
                        .findFirst();
        }
    }
}
