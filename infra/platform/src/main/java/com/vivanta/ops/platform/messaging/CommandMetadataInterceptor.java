package com.vivanta.ops.platform.messaging;

import static com.vivanta.ops.api.common.MessageMetadata.ACTING_OWNER_ID;
import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.REQUEST_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.web.RequestTrace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every command sent during a request with the caller's organization and user (from the
 * verified token), the owner an owner portal user stands for, and the request's correlation and request ids. Axon's correlation data providers
 * copy them onto every event the command causes. Values already present win, so system work can state
 * its own actor.
 */
@Component
public class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            Optional<Actor> actor = CurrentActor.find();
            actor.ifPresent(a -> {
                added.put(ORGANIZATION_ID, a.organizationId().toString());
                added.put(USER_ID, a.userId().toString());
                if (a.isPortalOwner()) {
                    added.put(ACTING_OWNER_ID, a.ownerId().toString());
                }
            });
            RequestTrace.current().ifPresent(trace -> {
                added.put(CORRELATION_ID, trace.correlationId());
                added.put(REQUEST_ID, trace.requestId());
            });
            added.keySet().removeAll(command.getMetaData().keySet());
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
