package com.vivanta.ops.api.task;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The task types that ask someone to review something; open tasks of these types make up the review
 * queue. A task's {@code taskType} is free text, and it is of a review type when it equals one of the
 * {@link #key()}s in any letter case (surrounding spaces aside). The seed instead treated every type containing "review" and every
 * OPEN or BLOCKED task as review work, which put nearly every open task in the queue.
 */
public enum ReviewTaskType {
    /** Check a vendor invoice before it goes for approval. */
    INVOICE_REVIEW("invoice_review"),
    /** Check an uploaded document (a lease, a certificate) and what was read from it. */
    DOCUMENT_REVIEW("document_review"),
    /** Inspect and sign off work a vendor reports as done. */
    WORK_ORDER_REVIEW("work_order_review"),
    /** Check a vendor's insurance, licence and tax papers. */
    COMPLIANCE_REVIEW("compliance_review");

    private final String key;

    ReviewTaskType(String key) {
        this.key = key;
    }

    /** The task type value, lower-case, e.g. {@code invoice_review}. */
    public String key() {
        return key;
    }

    /** Every review type's key. */
    public static Set<String> keys() {
        return Arrays.stream(values()).map(ReviewTaskType::key).collect(Collectors.toUnmodifiableSet());
    }
}
