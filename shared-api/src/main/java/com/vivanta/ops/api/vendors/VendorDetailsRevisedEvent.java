package com.vivanta.ops.api.vendors;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The vendor's directory details changed; the event holds all of them as they now are (null = none). */
@Revision("1")
public record VendorDetailsRevisedEvent(UUID vendorId,
                                        String name,
                                        String vendorType,
                                        String email,
                                        String phone,
                                        String tradeCategory,
                                        List<String> serviceRegions,
                                        String taxId) {

    public VendorDetailsRevisedEvent {
        serviceRegions = serviceRegions == null ? List.of() : List.copyOf(serviceRegions);
    }
}
