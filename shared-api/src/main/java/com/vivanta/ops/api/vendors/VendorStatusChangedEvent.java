package com.vivanta.ops.api.vendors;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The vendor's status changed; both values are kept because dispatch and payment depend on them. */
@Revision("1")
public record VendorStatusChangedEvent(UUID vendorId, VendorStatus previousStatus, VendorStatus status) {
}
