package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands a task to a user of the organization, or takes it back when {@code assignedUserId} is null. */
public record AssignTaskCommand(@TargetAggregateIdentifier UUID taskId, UUID assignedUserId) {
}
