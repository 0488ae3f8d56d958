package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The approved invoice was handed to accounting as export {@code exportId}. The timestamp is the export time. */
@Revision("1")
public record InvoiceExportedEvent(UUID invoiceId, UUID exportId, String exportedBy) {
}
