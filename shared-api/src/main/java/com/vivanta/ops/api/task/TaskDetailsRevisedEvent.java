package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The task's type, title or description changed; the event holds all three as they now are. */
@Revision("1")
public record TaskDetailsRevisedEvent(UUID taskId, UUID organizationId, String taskType, String title,
                                      String description) {
}
