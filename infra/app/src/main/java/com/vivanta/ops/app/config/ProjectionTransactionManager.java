package com.vivanta.ops.app.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Transactions of the projection processors, which commit without waiting for the write-ahead log to reach
 * the disk ({@code synchronous_commit = off} for the transaction only).
 *
 * <p>This costs no guarantee: a projection's rows and its token commit in the same transaction, so a crash
 * that loses the last such commits (PostgreSQL flushes them within a few hundred milliseconds) loses rows
 * and token together, and the processor projects those events again from the durable event store. The event
 * store's own appends keep waiting for the disk: the command side does not use this manager.
 */
public class ProjectionTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;

    ProjectionTransactionManager(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.delegate = new SpringTransactionManager(transactionManager);
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
