package com.vivanta.ops.api.approval;

/** Who decides a step: staff of the organization, or the owner(s) of the property. */
public enum ApprovalStepKind {
    STAFF,
    /**
     * The property's owners, because the amount is above their approval limit. Decided by an owner's
     * portal user, or recorded by staff with the channel it came through.
     */
    OWNER
}
