package com.vivanta.ops.api.vendors;

import java.util.UUID;

/** One vendor of the organization; answers an empty Optional when it is missing or another tenant's. */
public record FindVendorQuery(UUID organizationId, UUID vendorId) {
}
