package com.vivanta.ops.api.vendors;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The vendor's compliance documents changed; the event holds all three as they now are. A null
 * {@code insuranceExpiresOn} means no insurance certificate is on file, a null {@code licenceExpiresOn}
 * that no licence is required or on file.
 */
@Revision("1")
public record VendorComplianceUpdatedEvent(UUID vendorId,
                                           LocalDate insuranceExpiresOn,
                                           LocalDate licenceExpiresOn,
                                           boolean w9OnFile) {
}
