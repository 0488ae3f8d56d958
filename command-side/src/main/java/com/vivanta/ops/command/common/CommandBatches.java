package com.vivanta.ops.command.common;

import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Sends several commands as one: each command runs in a unit of work nested in an outer one, so their
 * events are appended in one database transaction, or none of them is when anything fails. Axon tells the
 * event processors about the events only once that transaction has committed.
 */
@Component
public class CommandBatches {

    private final TransactionManager transactionManager;

    CommandBatches(TransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    /** Runs {@code commands} in one transaction and answers what they answered; a failure rolls all back. */
    public <T> T inOneTransaction(Supplier<T> commands) {
        if (CurrentUnitOfWork.isStarted()) {
            return commands.get();
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<T> result = unitOfWork.executeWithResult(commands::get);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
        return result.getPayload();
    }

    /** Runs {@code commands} in one transaction; a failure rolls all back. */
    public void inOneTransaction(Runnable commands) {
        inOneTransaction(() -> {
            commands.run();
            return null;
        });
    }
}
