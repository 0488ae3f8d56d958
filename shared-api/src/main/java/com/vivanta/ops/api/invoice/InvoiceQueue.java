package com.vivanta.ops.api.invoice;

/** The invoice queues of accounts payable. */
public enum InvoiceQueue {
    PENDING_REVIEW,
    PENDING_APPROVAL,
    /** Rejected, suspected duplicates not yet cleared, and invoices above their work order's ceiling. */
    EXCEPTIONS
}
