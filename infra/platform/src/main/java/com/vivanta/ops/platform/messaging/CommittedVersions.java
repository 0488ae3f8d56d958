package com.vivanta.ops.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The version each aggregate reached through the commands this thread sent, once they committed: what a
 * command endpoint's read model must show to include its own write, known without asking the event store.
 *
 * <p>Axon's local command bus handles a command in the thread that sends it, so a command's events are seen
 * here (as they are appended) in the sender's thread, and recorded once the command commits. A command sent
 * anew clears what earlier commands of the thread recorded; one retried by the gateway on another thread is
 * recorded there, so the sender finds nothing and asks the event store instead.
 */
@Component
public class CommittedVersions implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final ThreadLocal<Map<String, Long>> COMMITTED = ThreadLocal.withInitial(HashMap::new);

    CommittedVersions(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(this::recordOnCommit);
    }

    /** The version the aggregate reached through this thread's last command, if that command reached it. */
    public OptionalLong of(String aggregateId) {
        Long version = COMMITTED.get().get(aggregateId);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** A command sent from outside any unit of work starts afresh; one sent within another's belongs to it. */
    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        if (!CurrentUnitOfWork.isStarted()) {
            COMMITTED.get().clear();
        }
        return (index, command) -> command;
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> recordOnCommit(
            List<? extends EventMessage<?>> events) {
        Map<String, Long> appended = new HashMap<>();
        events.stream()
              .filter(DomainEventMessage.class::isInstance)
              .map(DomainEventMessage.class::cast)
              .forEach(event -> appended.merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max));
        if (!appended.isEmpty()) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().afterCommit(
                    committed -> appended.forEach((aggregate, version) -> COMMITTED.get().merge(aggregate, version,
                                                                                                Math::max))));
        }
        return (index, event) -> event;
    }
}
