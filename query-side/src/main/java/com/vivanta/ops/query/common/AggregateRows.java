package com.vivanta.ops.query.common;

import com.vivanta.ops.platform.projection.ProjectionBatch;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Applies each event of an aggregate to the aggregate's row exactly once, then announces the row's new
 * state, typically to the subscription queries of command endpoints waiting to read their own write.
 *
 * <p>An event at or below the row's version was applied before (a batch delivered again after a failure,
 * a rebuild handing over to the running processor), so it is ignored: handlers stay idempotent without each
 * checking.
 *
 * <p>In a processor's batch, the rows of all the batch's aggregates are read in one query, the first time the
 * projection needs one, and new rows are inserted as the batch commits; changed rows are written then too.
 *
 * <p>The rows live in the read model's table, or, for a point-in-time history, in memory only
 * ({@link #transientRows()}): the same handlers then rebuild an entity's past state without touching the
 * table.
 */
public final class AggregateRows<R extends AggregateRow> {

    private final Store<R> rows;
    private final Consumer<R> announce;

    public <S extends JpaRepository<R, UUID> & PersistingRows<R>> AggregateRows(S rows, Consumer<R> announce) {
        this(new TableStore<>(rows), announce);
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
            public void add(UUID id, R row) {
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
        if (rows.find(id).isEmpty()) {
            R row = newRow.get();
            row.reflect(sequence, at);
            rows.add(id, row);
            announce.accept(row);
        }
    }

    /** A later event of the aggregate: changes its row once. */
    public void change(UUID id, long sequence, Instant at, Consumer<R> change) {
        rows.find(id)
            .filter(row -> row.version() < sequence)
            .ifPresent(row -> {
                change.accept(row);
                row.reflect(sequence, at);
                announce.accept(row);
            });
    }

    /**
     * For a read model that starts at a later event of the aggregate (say, its first change of a setting):
     * creates the row from the first such event, and changes it once for each one after.
     */
    public void createOrChange(UUID id, long sequence, Instant at, Supplier<R> newRow, Consumer<R> change) {
        if (rows.find(id).isPresent()) {
            change(id, sequence, at, change);
        } else {
            R row = newRow.get();
            change.accept(row);
            row.reflect(sequence, at);
            rows.add(id, row);
            announce.accept(row);
        }
    }

    /** Where the rows are kept. A row found there and changed is kept changed; a new one must be added. */
    private interface Store<R> {

        Optional<R> find(UUID id);

        void add(UUID id, R row);
    }

    /**
     * The read model's table. Rows found are managed by JPA, which writes their changes at commit. A batch's
     * rows are read together: those of every aggregate with an event in it, absent ones remembered as such.
     */
    private static final class TableStore<R, S extends JpaRepository<R, UUID> & PersistingRows<R>>
            implements Store<R> {

        private final S rows;
        private final String batchKey = TableStore.class.getName() + "@" + System.identityHashCode(this);

        TableStore(S rows) {
            this.rows = rows;
        }

        @Override
        public Optional<R> find(UUID id) {
            Map<UUID, Optional<R>> batch = batchRows();
            Optional<R> known = batch.get(id);
            return known != null ? known : rows.findById(id);
        }

        @Override
        public void add(UUID id, R row) {
            rows.persist(row);
            batchRows().put(id, Optional.of(row));
        }

        /**
         * The rows of the aggregates of the batch being applied. Not kept while the batch runs isolated: a
         * failing handler's savepoint clears every row JPA manages, and they must be read anew.
         */
        private Map<UUID, Optional<R>> batchRows() {
            boolean straight = CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().get(ProjectionBatch.ISOLATED))
                                                .map(Boolean.FALSE::equals).orElse(false);
            if (!straight) {
                return new HashMap<>();
            }
            return ProjectionBatch.once(batchKey, () -> {
                List<UUID> ids = ProjectionBatch.events().stream()
                                                .filter(DomainEventMessage.class::isInstance)
                                                .map(event -> uuid(((DomainEventMessage<?>) event).getAggregateIdentifier()))
                                                .filter(Objects::nonNull).distinct().toList();
                Map<UUID, Optional<R>> found = new HashMap<>();
                ids.forEach(id -> found.put(id, Optional.empty()));
                rows.findAllById(ids).forEach(row -> found.put((UUID) rows.idOf(row), Optional.of(row)));
                return found;
            });
        }

        private static UUID uuid(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException notOne) {
                return null;
            }
        }
    }
}
