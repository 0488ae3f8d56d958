package com.vivanta.ops.api.approval;

import java.util.UUID;

/** The route the organization's current approval policy gives an invoice with these facts. */
public record FindApprovalRouteQuery(UUID organizationId, InvoiceFacts facts) {
}
