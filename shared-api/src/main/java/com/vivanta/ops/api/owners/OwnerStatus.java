package com.vivanta.ops.api.owners;

/** Whether the organization still works with an owner. An INACTIVE owner keeps its record and its e-mail. */
public enum OwnerStatus {
    ACTIVE,
    INACTIVE
}
