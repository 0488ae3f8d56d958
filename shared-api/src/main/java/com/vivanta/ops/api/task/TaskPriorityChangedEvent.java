package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The task's priority changed. */
@Revision("1")
public record TaskPriorityChangedEvent(UUID taskId, UUID organizationId, CasePriority previousPriority,
                                       CasePriority priority) {
}
