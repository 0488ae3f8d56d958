package com.vivanta.ops.api.invoice;

/** How an invoice's total compares with the not-to-exceed of the work order it bills. */
public enum NteCheck {
    /** No work order, or one without a not-to-exceed. */
    NOT_APPLICABLE,
    WITHIN_NTE,
    /** Above the not-to-exceed plus the tolerance: approving it needs {@code invoice.approve-over-nte}. */
    EXCEEDS_NTE
}
