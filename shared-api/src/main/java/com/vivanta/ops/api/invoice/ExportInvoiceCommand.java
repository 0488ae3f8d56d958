package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands an APPROVED invoice to accounting as export {@code exportId}; an invoice is exported once. */
public record ExportInvoiceCommand(@TargetAggregateIdentifier UUID invoiceId, UUID exportId) {
}
