package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A hold ended; the work order is back in {@code status}, where it was held. */
@Revision("1")
public record WorkOrderResumedEvent(UUID workOrderId, WorkOrderStatus status) {
}
