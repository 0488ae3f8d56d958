package com.vivanta.ops.api.invoice;

/**
 * Where a vendor invoice stands. Lines and details can change only in DRAFT and CHANGES_REQUESTED; from
 * submission on the invoice is locked. REJECTED and EXPORTED are final.
 */
public enum InvoiceStatus {
    DRAFT,
    PENDING_REVIEW,
    PENDING_APPROVAL,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    EXPORTED;

    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
