package com.vivanta.ops.api.portal;

/** Approved and exported invoices of the properties the owner holds, entered during the ownership. */
public record FindPortalInvoicesQuery(PortalScope scope, int limit, int offset) {
}
