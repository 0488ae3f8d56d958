package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The work was dispatched to a vendor (status ASSIGNED). {@code previousVendorId} is the vendor it was
 * taken from, if any; {@code complianceOverride} is set when the vendor failed the compliance check and
 * an operator with {@code workorder.override} sent it anyway.
 */
@Revision("1")
public record WorkOrderVendorAssignedEvent(UUID workOrderId,
                                           UUID vendorId,
                                           UUID previousVendorId,
                                           ComplianceOverride complianceOverride) {
}
