package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.Versioned;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vendor invoice billed for the owner's property. */
public record PortalInvoiceView(UUID id,
                                UUID propertyId,
                                UUID workOrderId,
                                String invoiceNumber,
                                LocalDate invoiceDate,
                                LocalDate dueDate,
                                InvoiceStatus status,
                                Money subtotal,
                                Money tax,
                                Money total,
                                Instant approvedAt,
                                Instant exportedAt,
                                Instant updatedAt,
                                long version) implements Versioned {
}
