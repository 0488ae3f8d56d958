package com.vivanta.ops.query.common;

import java.time.Instant;
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
 */
public final class AggregateRows<R extends AggregateRow> {

    private final JpaRepository<R, UUID> rows;
    private final Consumer<R> announce;

    public AggregateRows(JpaRepository<R, UUID> rows, Consumer<R> announce) {
        this.rows = rows;
        this.announce = announce;
    }

    /** The aggregate's first event: creates its row, unless an earlier delivery already did. */
    public void create(UUID id, long sequence, Instant at, Supplier<R> newRow) {
        if (!rows.existsById(id)) {
            save(newRow.get(), sequence, at);
        }
    }

    /** A later event of the aggregate: changes its row once. */
    public void change(UUID id, long sequence, Instant at, Consumer<R> change) {
        rows.findById(id)
            .filter(row -> row.version() < sequence)
            .ifPresent(row -> {
                change.accept(row);
                save(row, sequence, at);
            });
    }

    /**
     * For a read model that starts at a later event of the aggregate (say, its first change of a setting):
     * creates the row from the first such event, and changes it once for each one after.
     */
    public void createOrChange(UUID id, long sequence, Instant at, Supplier<R> newRow, Consumer<R> change) {
        if (rows.existsById(id)) {
            change(id, sequence, at, change);
        } else {
            R row = newRow.get();
            change.accept(row);
            save(row, sequence, at);
        }
    }

    private void save(R row, long sequence, Instant at) {
        row.reflect(sequence, at);
        rows.save(row);
        announce.accept(row);
    }
}
