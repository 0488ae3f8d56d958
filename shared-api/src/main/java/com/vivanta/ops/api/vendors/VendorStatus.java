package com.vivanta.ops.api.vendors;

/** Whether the organization works with a vendor. Only ACTIVE vendors may be dispatched or paid. */
public enum VendorStatus {
    ACTIVE,
    /** No longer used, e.g. retired or out of business. */
    INACTIVE,
    /** Barred for now, e.g. after a complaint; expected to be reviewed. */
    SUSPENDED
}
