package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.vendors.VendorCompliance;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Dispatches the work to a vendor (or to another vendor before the first one accepted).
 *
 * @param compliance     the vendor's standing today
 * @param overrideReason why a vendor who is not compliant is sent anyway; null when no override is asked
 */
public record AssignWorkOrderVendorCommand(@TargetAggregateIdentifier UUID workOrderId,
                                           UUID vendorId,
                                           VendorCompliance compliance,
                                           String overrideReason) {
}
