package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The assigned vendor took the job (status ACCEPTED). */
@Revision("1")
public record WorkOrderVendorAcceptedEvent(UUID workOrderId, UUID vendorId) {
}
