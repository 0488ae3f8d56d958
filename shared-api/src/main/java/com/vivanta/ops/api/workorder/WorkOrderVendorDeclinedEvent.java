package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The assigned vendor turned the job down; the work order is OPEN again, without a vendor. */
@Revision("1")
public record WorkOrderVendorDeclinedEvent(UUID workOrderId, UUID vendorId, String reason) {
}
