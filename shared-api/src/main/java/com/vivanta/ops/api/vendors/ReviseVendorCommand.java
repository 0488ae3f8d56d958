package com.vivanta.ops.api.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a vendor (a PATCH). Every field is optional: {@code null} leaves the value as it is. The
 * clearable fields are {@link Optional}s so that "leave it" ({@code null}) and "clear it"
 * ({@code Optional.empty()}) stay distinct; {@code serviceRegions} is cleared with an empty list.
 */
public record ReviseVendorCommand(@TargetAggregateIdentifier UUID vendorId,
                                  String name,
                                  Optional<String> vendorType,
                                  Optional<String> email,
                                  Optional<String> phone,
                                  Optional<String> tradeCategory,
                                  List<String> serviceRegions,
                                  Optional<String> taxId,
                                  VendorStatus status,
                                  Optional<LocalDate> insuranceExpiresOn,
                                  Optional<LocalDate> licenceExpiresOn,
                                  Boolean w9OnFile) {
}
