package com.vivanta.ops.app.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Knows which projections are failing right now. A batch whose transaction fails (the database refused
 * a row, or went away) is retried by its processor over and over, yet never reaches the dead-letter
 * queue and leaves no trace in the processor's own status. This error handler remembers the failure
 * (and propagates it, so the batch is retried); the next batch that commits clears it.
 */
public class ProjectionHealth implements ErrorHandler {

    /** A processor's last failed batch. */
    public record Failure(Instant at, String cause) {
    }

    private final Map<String, Failure> failing = new ConcurrentHashMap<>();
    private final Clock clock;

    public ProjectionHealth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        // A handler failure found in a batch without savepoints is not the processor's failure: the batch is
        // retried with them at once, and the event goes to the dead-letter queue.
        if (!(context.error() instanceof ProjectionHandlerIsolation.RetriedInIsolation)) {
            failing.put(context.eventProcessor(), new Failure(clock.instant(), rootCause(context.error())));
        }
        PropagatingErrorHandler.instance().handleError(context);
    }

    /** The failure the processor has not recovered from yet, if any. */
    public Optional<Failure> failure(String processor) {
        return Optional.ofNullable(failing.get(processor));
    }

    /** Clears the processor's failure once one of its batches commits. */
    public MessageHandlerInterceptor<EventMessage<?>> recoveryOf(String processor) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            unitOfWork.resources().computeIfAbsent(ProjectionHealth.class.getName(), key -> {
                unitOfWork.afterCommit(committed -> failing.remove(processor));
                return processor;
            });
            return chain.proceed();
        };
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
