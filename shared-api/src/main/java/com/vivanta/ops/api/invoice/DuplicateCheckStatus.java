package com.vivanta.ops.api.invoice;

/** The soft duplicate check: same vendor, amount within 1 % and invoice dates within 30 days. */
public enum DuplicateCheckStatus {
    /** No similar invoice was found when last checked. */
    CLEAR,
    /** Similar invoices exist; the invoice cannot be approved until someone clears the suspicion. */
    SUSPECTED_DUPLICATE,
    /** Someone looked at the similar invoices and said, with a reason, that this one is not a duplicate. */
    CLEARED
}
