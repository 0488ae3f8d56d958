package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** No step was needed: the named rule of the pinned policy version approves invoices like this one. */
@Revision("1")
public record InvoiceAutoApprovedEvent(UUID invoiceId,
                                           UUID flowId,
                                           UUID policyId,
                                           int policyVersion,
                                           String ruleName) {
}
