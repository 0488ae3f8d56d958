package com.vivanta.ops.query.common;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Applies each event of an aggregate to the aggregate's row exactly once, then announces the row's new
 * state, typically to the subscription queries of command endpoints waiting to read their own write.
 *
 * <p>An event at or below the row's version was applied before (a batch delivered again after a failure,
 * a segment claim taken over), so it is ignored: handlers stay idempotent without each checking.
 *
 * <p>The rows live in the read model's table, or, for a point-in-time history, in memory only
 * ({@link #transientRows()}): the same handlers then rebuild an entity's past state without touching the
 * table.
 */
public final class AggregateRows<R extends AggregateRow> {

    private final Store<R> rows;
    private final Consumer<R> announce;

    public AggregateRows(JpaRepository<R, UUID> rows, Consumer<R> announce) {
        this(new Store<>() {
            @Override
            public Optional<R> find(UUID id) {
                return rows.findById(id);
            }

            @Override
            public boolean exists(UUID id) {
                return rows.existsById(id);
            }

            @Override
            public void save(UUID id, R row) {
                rows.save(row);
            }
        }, announce);
    }

    private AggregateRows(Store<R> rows, Consumer<R> announce) {
        this.rows = rows;
        this.announce = announce;
    }

    /** Rows kept in memory and announced to nobody: nothing is stored, nothing is emitted. */
    public static <R extends AggregateRow> AggregateRows<R> transientRows() {
        Map<UUID, R> inMemory = new HashMap<>();
        return new AggregateRows<>(new Store<>() {
            @Override
            public Optional<R> find(UUID id) {
                return Optional.ofNullable(inMemory.get(id));
            }

            @Override
            public boolean exists(UUID id) {
                return inMemory.containsKey(id);
            }

            @Override
            public void save(UUID id, R row) {
                inMemory.put(id, row);
            }
        }, row -> { });
    }

    /** The aggregate's row as it stands, if its first event has been applied. */
    public Optional<R> find(UUID id) {
        return rows.find(id);
    }

    /** The aggregate's first event: creates its row, unless an earlier delivery already did. */
    public void create(UUID id, long sequence, Instant at, Supplier<R> newRow) {
        if (!rows.exists(id)) {
            save(id, newRow.get(), sequence, at);
        }
    }

    /** A later event of the aggregate: changes its row once. */
    public void change(UUID id, long sequence, Instant at, Consumer<R> change) {
        rows.find(id)
            .filter(row -> row.version() < sequence)
            .ifPresent(row -> {
                change.accept(row);
                save(id, row, sequence, at);
            });
    }

    /**
     * For a read model that starts at a later event of the aggregate (say, its first change of a setting):
     * creates the row from the first such event, and changes it once for each one after.
     */
    public void createOrChange(UUID id, long sequence, Instant at, Supplier<R> newRow, Consumer<R> change) {
        if (rows.exists(id)) {
            change(id, sequence, at, change);
        } else {
            R row = newRow.get();
            change.accept(row);
            save(id, row, sequence, at);
        }
    }

    private void save(UUID id, R row, long sequence, Instant at) {
        row.reflect(sequence, at);
        rows.save(id, row);
        announce.accept(row);
    }

    /** Where the rows are kept. */
    private interface Store<R> {

        Optional<R> find(UUID id);

        boolean exists(UUID id);

        void save(UUID id, R row);
    }
}
