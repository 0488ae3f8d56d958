package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * Base of every aggregate that belongs to one organization. Before any command reaches an existing
 * aggregate, the command's organization must be the aggregate's; otherwise the aggregate answers as if
 * it did not exist, so ids of other tenants reveal nothing.
 */
public abstract class OrganizationOwnedAggregate {

    /** Set by the subclass's creation event sourcing handler. */
    protected UUID organizationId;

    /** The entity name used in "not found" answers, e.g. {@code Case}. */
    protected abstract String entityType();

    protected abstract UUID id();

    @CommandHandlerInterceptor
    public Object requireSameOrganization(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object sender = command.getMetaData().get(MessageMetadata.ORGANIZATION_ID);
        if (organizationId == null || !organizationId.toString().equals(sender)) {
            throw new NotFoundException(entityType(), id());
        }
        return chain.proceed();
    }
}
