package com.vivanta.ops.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The batch of events a projection processor applies in one transaction, as its handlers see it: rows they
 * only ever insert can be written together when the batch commits, one statement for the lot rather than one per
 * event.
 *
 * <p>A batch runs straight or isolated (see {@code ProjectionHandlerIsolation} in the app): after a failure, each
 * handler runs in a savepoint of its own, and then a handler's rows must be written while it runs, so that the
 * savepoint covers them. Outside a processor's batch (a dead letter retried), rows are written at once too.
 */
public final class ProjectionBatch {

    /** Resource of a batch's unit of work: {@code true} when its handlers run isolated, {@code false} straight. */
    public static final String ISOLATED = ProjectionBatch.class.getName() + ".isolated";

    private ProjectionBatch() {
    }

    /**
     * Writes {@code row} with the others that {@code writer} (one per kind of row) writes for this batch as it
     * commits, or at once when the batch runs isolated or there is no batch.
     */
    public static <R> void writeAtCommit(Writer<R> writer, R row) {
        Optional<UnitOfWork<?>> batch = CurrentUnitOfWork.map(unitOfWork -> unitOfWork);
        if (batch.isEmpty() || !Boolean.FALSE.equals(batch.get().resources().get(ISOLATED))) {
            writer.write(List.of(row));
            return;
        }
        UnitOfWork<?> unitOfWork = batch.get();
        List<R> rows = unitOfWork.getOrComputeResource(writer.key(), key -> {
            List<R> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> writer.write(pending));
            return pending;
        });
        rows.add(row);
    }

    /** The rows {@code writer} is still to write as this batch commits (none when rows are written at once). */
    public static <R> List<R> pending(Writer<R> writer) {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.<List<R>>getResource(writer.key()))
                                .orElse(List.of());
    }

    /** The events of the batch being applied; outside a processor's batch, the event being handled alone. */
    public static List<EventMessage<?>> events() {
        return CurrentUnitOfWork.map(ProjectionBatch::eventsOf).orElse(List.of());
    }

    private static List<EventMessage<?>> eventsOf(UnitOfWork<?> unitOfWork) {
        List<EventMessage<?>> events = new ArrayList<>();
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(unitOfWork.getMessage());
        messages.stream().filter(EventMessage.class::isInstance).forEach(message -> events.add((EventMessage<?>) message));
        return events;
    }

    /**
     * What {@code compute} answers, worked out once for the batch and shared by whoever asks again during it
     * under the same key (say, where all of its events stand in the store); outside a batch, worked out anew.
     */
    public static <T> T once(String key, Supplier<T> compute) {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.getOrComputeResource(key, ignored -> compute.get()))
                                .orElseGet(compute);
    }

    /** Writes rows of one kind, all in one go; one instance per kind, as its identity names the batch's rows. */
    @FunctionalInterface
    public interface Writer<R> {

        void write(List<R> rows);

        default String key() {
            return Writer.class.getName() + "@" + System.identityHashCode(this);
        }
    }
}
