package com.vivanta.ops.api.vendors;

import java.util.UUID;

/** A page of the organization's vendors matching the filter, most recently registered first. */
public record FindVendorsQuery(UUID organizationId, VendorFilter filter, int limit, int offset) {
}
