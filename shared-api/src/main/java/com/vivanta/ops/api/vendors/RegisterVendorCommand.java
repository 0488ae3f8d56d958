package com.vivanta.ops.api.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a vendor to the organization's directory; the organization comes from the command's metadata.
 * Nullable: everything but {@code vendorId} and {@code name}. {@code status} defaults to ACTIVE,
 * {@code w9OnFile} to false and {@code serviceRegions} to none. A null {@code insuranceExpiresOn} means
 * no insurance certificate is on file, a null {@code licenceExpiresOn} that no licence is required.
 */
public record RegisterVendorCommand(@TargetAggregateIdentifier UUID vendorId,
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
                                    Boolean w9OnFile) {
}
