package com.vivanta.ops.api.cases;

/** Operational priority of a case, lowest first. */
public enum CasePriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
