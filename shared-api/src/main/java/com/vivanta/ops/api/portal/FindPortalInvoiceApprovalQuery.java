package com.vivanta.ops.api.portal;

import java.util.UUID;

/**
 * The OWNER step of one invoice's latest flow, whatever its answer now, if it asks the owner and the owner
 * may see the invoice (a property the owner holds, entered during the ownership); empty otherwise.
 */
public record FindPortalInvoiceApprovalQuery(PortalScope scope, UUID invoiceId) {
}
