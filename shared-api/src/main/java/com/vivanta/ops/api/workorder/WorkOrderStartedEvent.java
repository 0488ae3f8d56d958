package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Work began on site (status IN_PROGRESS); the event's timestamp is the start. */
@Revision("1")
public record WorkOrderStartedEvent(UUID workOrderId) {
}
