package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The work was paused (status ON_HOLD) for a reason; it resumes to {@code heldFrom}. */
@Revision("1")
public record WorkOrderHeldEvent(UUID workOrderId, String reason, WorkOrderStatus heldFrom) {
}
