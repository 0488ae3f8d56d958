package com.vivanta.ops.api.workorder;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The visit was booked (status SCHEDULED), or moved from {@code previousScheduledFor}. */
@Revision("1")
public record WorkOrderScheduledEvent(UUID workOrderId, Instant scheduledFor, Instant previousScheduledFor) {
}
