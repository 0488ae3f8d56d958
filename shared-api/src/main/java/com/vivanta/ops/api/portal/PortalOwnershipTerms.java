package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The terms on which the asking owner holds a property; other owners' terms are never shown. */
public record PortalOwnershipTerms(BigDecimal percentage,
                                   LocalDate startDate,
                                   LocalDate endDate,
                                   boolean primaryContact,
                                   Money approvalLimit,
                                   Instant linkedAt) {
}
