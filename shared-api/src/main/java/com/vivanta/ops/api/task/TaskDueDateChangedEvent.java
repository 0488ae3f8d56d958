package com.vivanta.ops.api.task;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The task's due time changed; {@code dueAt} null means it no longer has one. */
@Revision("1")
public record TaskDueDateChangedEvent(UUID taskId, UUID organizationId, Instant dueAt) {
}
