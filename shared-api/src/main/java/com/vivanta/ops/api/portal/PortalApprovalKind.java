package com.vivanta.ops.api.portal;

/** What an owner is asked to approve in the portal. */
public enum PortalApprovalKind {
    /** The cost ceiling of a work order above the owner's approval limit. */
    WORK_ORDER,
    /** The OWNER step of an invoice's approval flow. */
    INVOICE
}
