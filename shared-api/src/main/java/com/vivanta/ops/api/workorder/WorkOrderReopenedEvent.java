package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Completed work went back to its vendor (status ASSIGNED); {@code reopenCount} is how often this work
 * order has been reopened, this time included.
 */
@Revision("1")
public record WorkOrderReopenedEvent(UUID workOrderId, UUID caseId, UUID vendorId, String reason, int reopenCount) {
}
