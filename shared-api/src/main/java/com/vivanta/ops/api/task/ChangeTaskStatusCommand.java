package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a task along its lifecycle; {@code note} (nullable) explains the change. */
public record ChangeTaskStatusCommand(@TargetAggregateIdentifier UUID taskId, TaskStatus status, String note) {
}
