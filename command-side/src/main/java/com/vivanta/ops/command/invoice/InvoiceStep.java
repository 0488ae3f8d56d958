package com.vivanta.ops.command.invoice;

import static com.vivanta.ops.api.invoice.InvoiceStatus.APPROVED;
import static com.vivanta.ops.api.invoice.InvoiceStatus.CHANGES_REQUESTED;
import static com.vivanta.ops.api.invoice.InvoiceStatus.DRAFT;
import static com.vivanta.ops.api.invoice.InvoiceStatus.PENDING_APPROVAL;
import static com.vivanta.ops.api.invoice.InvoiceStatus.PENDING_REVIEW;

import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invoice lifecycle as a table of steps (the API's action names) and the statuses each is allowed
 * from. Nothing leads out of REJECTED or EXPORTED, so nothing can approve a rejected invoice.
 */
enum InvoiceStep {
    EDIT("edit", EnumSet.of(DRAFT, CHANGES_REQUESTED)),
    SUBMIT_FOR_REVIEW("submit-for-review", EnumSet.of(DRAFT, CHANGES_REQUESTED)),
    SUBMIT_FOR_APPROVAL("submit-for-approval", EnumSet.of(DRAFT, PENDING_REVIEW, CHANGES_REQUESTED)),
    REJECT_IN_REVIEW("reject", EnumSet.of(PENDING_REVIEW)),
    DECIDE_STEP("decide", EnumSet.of(PENDING_APPROVAL)),
    REASSIGN_STEP("reassign", EnumSet.of(PENDING_APPROVAL)),
    CLEAR_DUPLICATE("clear-duplicate", EnumSet.of(DRAFT, PENDING_REVIEW, CHANGES_REQUESTED)),
    EXPORT("export", EnumSet.of(APPROVED));

    private final String action;
    private final Set<InvoiceStatus> allowedFrom;

    InvoiceStep(String action, Set<InvoiceStatus> allowedFrom) {
        this.action = action;
        this.allowedFrom = allowedFrom;
    }

    void requireAllowedFrom(InvoiceStatus status) {
        if (!allowedFrom.contains(status)) {
            throw new InvalidTransitionException("Invoice", status, action, actionsFrom(status));
        }
    }

    static Set<String> actionsFrom(InvoiceStatus status) {
        return Arrays.stream(values())
                     .filter(step -> step.allowedFrom.contains(status))
                     .map(step -> step.action)
                     .collect(Collectors.toSet());
    }
}
