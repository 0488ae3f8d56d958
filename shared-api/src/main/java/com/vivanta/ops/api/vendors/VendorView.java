package com.vivanta.ops.api.vendors;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The directory's view of a vendor, compliance documents included. */
public record VendorView(UUID id,
                         UUID organizationId,
                         String name,
                         String vendorType,
                         String email,
                         String phone,
                         String tradeCategory,
                         List<String> serviceRegions,
                         String taxId,
                         VendorStatus status,
                         LocalDate insuranceExpiresOn,
                         LocalDate licenceExpiresOn,
                         boolean w9OnFile,
                         Instant createdAt,
                         Instant updatedAt,
                         long version) implements Versioned {

    public VendorView {
        serviceRegions = serviceRegions == null ? List.of() : List.copyOf(serviceRegions);
    }
}
