package com.vivanta.ops.api.portal;

/** Invoices whose current approval step waits for this owner's answer, on properties the owner holds. */
public record FindPortalInvoiceApprovalsQuery(PortalScope scope) {
}
