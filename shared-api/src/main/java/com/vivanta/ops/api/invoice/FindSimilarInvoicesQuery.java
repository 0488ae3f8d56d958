package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.common.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The soft duplicate check: ids of the organization's other invoices of the same vendor whose total is
 * within 1 % of {@code total} (same currency) and whose invoice date is within 30 days of
 * {@code invoiceDate}; rejected invoices do not count. Answers a list of UUIDs, empty when there are none.
 */
public record FindSimilarInvoicesQuery(UUID organizationId,
                                       UUID invoiceId,
                                       UUID vendorId,
                                       Money total,
                                       LocalDate invoiceDate) {
}
