package com.vivanta.ops.api.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A vendor was added to the organization's directory, with every value it starts with. The event's
 * timestamp is the registration time.
 */
@Revision("1")
public record VendorRegisteredEvent(UUID vendorId,
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
                                    boolean w9OnFile) {

    public VendorRegisteredEvent {
        serviceRegions = serviceRegions == null ? List.of() : List.copyOf(serviceRegions);
    }
}
