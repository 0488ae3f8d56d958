package com.vivanta.ops.api.portal;

/** Where an owner's approval stands. */
public enum PortalApprovalStatus {
    /** A later step of an invoice's flow: the owner is asked once the steps before it are approved. */
    UPCOMING,
    PENDING,
    APPROVED,
    DECLINED,
    /** The question went away without the owner's answer (cost lowered, flow ended at another step). */
    WITHDRAWN
}
