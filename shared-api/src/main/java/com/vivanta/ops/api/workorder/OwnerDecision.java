package com.vivanta.ops.api.workorder;

/** The owner's answer to a request for approval. */
public enum OwnerDecision {
    APPROVE,
    DECLINE
}
