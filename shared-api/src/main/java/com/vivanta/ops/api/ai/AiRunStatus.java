package com.vivanta.ops.api.ai;

/** A run is RUNNING from its start until its provider answered (COMPLETED) or did not (FAILED). */
public enum AiRunStatus {
    RUNNING,
    COMPLETED,
    /** The provider failed, timed out, or answered outside the capability's schema; no suggestion was made. */
    FAILED
}
