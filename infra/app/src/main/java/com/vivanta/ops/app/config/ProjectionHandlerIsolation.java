package com.vivanta.ops.app.config;

import com.vivanta.ops.platform.projection.ProjectionBatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a failing projection handler from taking the rest of its batch down with it, at a price paid only
 * when a handler does fail.
 *
 * <p>A processor applies a batch of events, for every projection, in one transaction. When a handler fails,
 * the event goes to its projection's dead-letter queue and the batch goes on; but whatever the handler had
 * changed before failing must not be committed, and after a statement the database refused, the transaction
 * can do nothing more at all. So a batch runs in one of two ways:
 * <ul>
 *   <li><b>Straight</b>, as long as nothing fails: handlers run one after the other and their rows are
 *   written at commit, together ({@link ProjectionBatch}). The first handler that fails dooms the batch: it rolls back as a
 *   whole, and the processor delivers the same events again.</li>
 *   <li><b>Isolated</b>, for the batch after a failed one (and for retries of dead letters): each handler runs
 *   inside a savepoint, flushed on its own, so that a failure rolls back exactly that handler's work before
 *   the event is dead-lettered, and the batch commits without it.</li>
 * </ul>
 *
 * <p>One limit remains: a failure raised by JPA itself (a flush or query refused by the database) makes
 * Hibernate mark the whole transaction rollback-only, even inside a savepoint. Such a batch is retried by the
 * processor, and the projection reports ERROR until it goes through. Input validation keeps such values out.
 */
public class ProjectionHandlerIsolation implements HandlerEnhancerDefinition {

    /** Resource of a batch's unit of work: whether its handlers run isolated. Absent outside projection batches. */
    private static final String ISOLATED = ProjectionBatch.ISOLATED;

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    /** Segments (processor/segment id) whose last batch failed: their next one runs isolated. */
    private final Set<String> failedLastTime = ConcurrentHashMap.newKeySet();

    public ProjectionHandlerIsolation(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Decides, at a batch's first event, how the batch of a projection processor runs. A unit of work without a
     * segment (the retry of dead letters) always runs isolated.
     */
    public MessageHandlerInterceptor<EventMessage<?>> batchesOf(String processor) {
        String segmentResource = "Processor[" + processor + "]/SegmentId";
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            unitOfWork.resources().computeIfAbsent(ISOLATED, key -> {
                Object segment = unitOfWork.resources().get(segmentResource);
                String segmentKey = processor + "/" + segment;
                boolean isolated = segment == null || failedLastTime.contains(segmentKey);
                unitOfWork.onRollback(failed -> failedLastTime.add(segmentKey));
                unitOfWork.afterCommit(committed -> failedLastTime.remove(segmentKey));
                return isolated;
            });
            return chain.proceed();
        };
    }

    /** Thrown as a straight batch commits after one of its handlers failed: the batch is run again, isolated. */
    public static final class RetriedInIsolation extends RuntimeException {

        RetriedInIsolation(Throwable handlerFailure) {
            super("A handler failed in a batch that ran without savepoints; the batch is retried with them",
                  handlerFailure);
        }
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return isProjectionHandler(original) ? new Isolated<>(original) : original;
    }

    /** An event handler of a projection: neither an aggregate's event sourcing handler nor a saga's. */
    static boolean isProjectionHandler(MessageHandlingMember<?> member) {
        return member.hasAnnotation(EventHandler.class) && !member.hasAnnotation(EventSourcingHandler.class)
                && !member.hasAnnotation(SagaEventHandler.class);
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        Isolated(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Object isolated = CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().get(ISOLATED)).orElse(null);
            if (isolated == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            return Boolean.TRUE.equals(isolated) ? inSavepoint(message, target) : straight(message, target);
        }

        private Object straight(Message<?> message, T target) throws Exception {
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                UnitOfWork<?> batch = CurrentUnitOfWork.get();
                if (batch.resources().putIfAbsent(RetriedInIsolation.class.getName(), failure) == null) {
                    batch.onPrepareCommit(unitOfWork -> {
                        throw new RetriedInIsolation(failure);
                    });
                }
                throw failure;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
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
