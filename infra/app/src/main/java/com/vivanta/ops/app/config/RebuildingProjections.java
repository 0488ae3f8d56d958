package com.vivanta.ops.app.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which projections are being rebuilt beside the running processor, and the rule that follows from it: the
 * processor leaves such a projection's handlers alone, and only the rebuild's own processor runs them, until
 * the rebuild has caught up and hands the projection back. The list is kept in {@code projection_rebuild}, so
 * that a restart in the middle of a rebuild does not let the running processor write into a half-built table.
 */
public class RebuildingProjections implements HandlerEnhancerDefinition {

    /** Resource of a rebuild processor's units of work: the projection it rebuilds. */
    private static final String REBUILT_HERE = RebuildingProjections.class.getName() + ".projection";

    private final JdbcTemplate jdbc;
    private final Map<Class<?>, String> projectionOfClass = new ConcurrentHashMap<>();
    private volatile Set<String> rebuilding;

    public RebuildingProjections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The projections being rebuilt now, as recorded. */
    public Set<String> rebuilding() {
        Set<String> known = rebuilding;
        if (known == null) {
            synchronized (this) {
                if (rebuilding == null) {
                    rebuilding = ConcurrentHashMap.newKeySet();
                    rebuilding.addAll(jdbc.queryForList("SELECT projection FROM projection_rebuild", String.class));
                }
                known = rebuilding;
            }
        }
        return known;
    }

    /** From now on, only the rebuild's processor runs the projection's handlers. */
    public void begin(String projection, long headAtStart) {
        jdbc.update("INSERT INTO projection_rebuild (projection, started_at, head_at_start) VALUES (?, now(), ?)",
                    projection, headAtStart);
        rebuilding().add(projection);
    }

    /** The running processor takes the projection back. */
    public void end(String projection) {
        jdbc.update("DELETE FROM projection_rebuild WHERE projection = ?", projection);
        rebuilding().remove(projection);
    }

    /** Where the stream's head stood when the projection's rebuild began, if one runs. */
    public Optional<Long> headAtStart(String projection) {
        return jdbc.queryForList("SELECT head_at_start FROM projection_rebuild WHERE projection = ?", Long.class,
                                 projection).stream().findFirst();
    }

    /** Marks the units of work of the processor that rebuilds {@code projection}. */
    public MessageHandlerInterceptor<EventMessage<?>> rebuildProcessorOf(String projection) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            unitOfWork.resources().put(REBUILT_HERE, projection);
            return chain.proceed();
        };
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return ProjectionHandlerIsolation.isProjectionHandler(original) ? new LeftAloneWhileRebuilt<>(original)
                : original;
    }

    private final class LeftAloneWhileRebuilt<T> extends WrappedMessageHandlingMember<T> {

        LeftAloneWhileRebuilt(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Set<String> rebuilt = rebuilding();
            if (!rebuilt.isEmpty()) {
                String projection = projectionOf(target.getClass());
                if (rebuilt.contains(projection) && !projection.equals(
                        CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().get(REBUILT_HERE)).orElse(null))) {
                    return null;
                }
            }
            return super.handle(message, target);
        }
    }

    private String projectionOf(Class<?> handlerClass) {
        return projectionOfClass.computeIfAbsent(handlerClass, type -> {
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            return group == null ? "" : group.value();
        });
    }
}
