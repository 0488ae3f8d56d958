package com.vivanta.ops.api.invoice;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An editable invoice's number, dates or category changed; the event holds all four as they are now. */
@Revision("1")
public record InvoiceDetailsRevisedEvent(UUID invoiceId,
                                         String invoiceNumber,
                                         LocalDate invoiceDate,
                                         LocalDate dueDate,
                                         ExpenseCategory expenseCategory) {
}
