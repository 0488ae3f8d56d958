package com.vivanta.ops.api.workorder;

/** How an owner's decision reached the organization. */
public enum DecisionChannel {
    PORTAL,
    PHONE,
    EMAIL
}
