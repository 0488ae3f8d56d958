package com.vivanta.ops.api.task;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The entity the task is about changed; {@code relatedEntity} null means it is about none now. */
@Revision("1")
public record TaskRelatedEntityChangedEvent(UUID taskId, UUID organizationId, RelatedEntity relatedEntity) {
}
