package com.vivanta.ops.api.invoice;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A vendor invoice was entered, in DRAFT; its lines follow as events of their own. The timestamp is the entry
 * time.
 */
@Revision("1")
public record InvoiceCreatedEvent(UUID invoiceId,
                                  UUID organizationId,
                                  UUID vendorId,
                                  UUID propertyId,
                                  UUID workOrderId,
                                  UUID sourceDocumentId,
                                  String invoiceNumber,
                                  LocalDate invoiceDate,
                                  LocalDate dueDate,
                                  String currency,
                                  ExpenseCategory expenseCategory,
                                  String createdBy) {
}
