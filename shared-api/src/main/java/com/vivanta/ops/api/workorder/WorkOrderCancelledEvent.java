package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The work was called off (status CANCELLED, final) from {@code cancelledFrom}. */
@Revision("1")
public record WorkOrderCancelledEvent(UUID workOrderId, UUID caseId, String reason, WorkOrderStatus cancelledFrom) {
}
