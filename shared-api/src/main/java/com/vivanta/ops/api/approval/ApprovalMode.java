package com.vivanta.ops.api.approval;

/** How many of a step's approvers must approve. */
public enum ApprovalMode {
    /** One approval from the set decides the step. */
    ANY,
    /** Every named user must approve; a role cannot be an ALL set (its members change). */
    ALL
}
