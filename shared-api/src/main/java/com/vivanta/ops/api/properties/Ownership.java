package com.vivanta.ops.api.properties;

import com.vivanta.ops.api.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms on which an owner holds a property.
 *
 * @param percentage     share of the property, 0 to 100; unknown when null (and then counted as 0)
 * @param startDate      first day of ownership; since ever when null
 * @param endDate        last day of ownership (inclusive); open-ended when null
 * @param primaryContact whether this owner is the one to call about the property
 * @param approvalLimit  repairs costing more need this owner's approval; none when null
 */
public record Ownership(BigDecimal percentage, LocalDate startDate, LocalDate endDate, boolean primaryContact,
                        Money approvalLimit) {

    /** Whether the ownership covers the given day. */
    public boolean activeOn(LocalDate day) {
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }
}
