package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The invoice went to review and is locked; {@code nteCheck} compares it with its work order's ceiling. */
@Revision("1")
public record InvoiceReviewRequestedEvent(UUID invoiceId, String submittedBy, String note, NteCheck nteCheck) {
}
