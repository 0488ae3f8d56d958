package com.vivanta.ops.app.config;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each projection event handler inside a savepoint of the batch's transaction.
 *
 * <p>A pooled processor handles a batch of events in one transaction. When one handler fails, the event
 * goes to the dead-letter queue and the batch goes on; without a savepoint, whatever the failing handler
 * had already changed would still be committed, and a failed SQL statement would leave the whole
 * transaction aborted, so that neither the dead letter nor the rest of the batch could be written and
 * the projection would stall. Rolling back to the savepoint undoes exactly the failing handler's work.
 *
 * <p>One limit remains: a failure raised by JPA itself (a flush or query refused by the database) makes
 * Hibernate mark the whole transaction rollback-only. Such a batch is retried by the processor, and the
 * projection reports DEGRADED until it goes through. Input validation keeps such values out.
 */
public class ProjectionHandlerIsolation implements HandlerEnhancerDefinition {

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    public ProjectionHandlerIsolation(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.hasAnnotation(EventHandler.class)
                && !original.hasAnnotation(EventSourcingHandler.class)
                && !original.hasAnnotation(SagaEventHandler.class);
        return projectionHandler ? new Isolated<>(original) : original;
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        Isolated(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
            if (entityManager != null) {
                entityManager.flush(); // the earlier handlers' work is kept, whatever happens to this one
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = super.handle(message, target);
                if (entityManager != null) {
                    entityManager.flush();
                }
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception | Error failure) {
                connection.rollback(savepoint);
                if (entityManager != null) {
                    entityManager.clear();
                }
                throw failure;
            }
        }
    }
}
