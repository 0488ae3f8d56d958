package com.vivanta.ops.query.common;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Answers read from a read model, kept in memory until the projection that writes it changes them: the
 * projection forgets what it changed the moment its transaction commits, before anyone could read the new
 * state from the table, so a kept answer is never older than the table.
 *
 * <p>An answer read while a change commits is kept only if nothing was forgotten meanwhile, so a stale read never
 * outlives the change that made it stale. The memory is this JVM's: it serves the node that projects the read
 * model (see docs/operations.md, "Scaling").
 */
public final class ReadModelCache<K, V> {

    private final Map<K, V> answers = new ConcurrentHashMap<>();
    /** Moves on with every change forgotten, so that a read that overlapped one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** The kept answer, or what {@code fromTable} reads (kept when present). */
    public Optional<V> find(K key, Supplier<Optional<V>> fromTable) {
        V known = answers.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        long changesBefore = changes.get();
        Optional<V> read = fromTable.get();
        read.ifPresent(answer -> {
            answers.put(key, answer);
            if (changes.get() != changesBefore) {
                answers.remove(key, answer);
            }
        });
        return read;
    }

    /** Forgets the key's answer once the change being projected commits. */
    public void forget(K key) {
        afterCommit(() -> answers.remove(key));
    }

    /** Forgets every answer once the change being projected commits. */
    public void forgetAll() {
        afterCommit(answers::clear);
    }

    private void afterCommit(Runnable forgetting) {
        Runnable forget = () -> {
            changes.incrementAndGet();
            forgetting.run();
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> forget.run());
        } else {
            forget.run();
        }
    }
}
