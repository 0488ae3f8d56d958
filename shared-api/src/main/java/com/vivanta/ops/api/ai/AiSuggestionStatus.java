package com.vivanta.ops.api.ai;

/** A suggestion is PROPOSED until an operator or time settles it; every other status is final. */
public enum AiSuggestionStatus {
    PROPOSED,
    APPLIED,
    REJECTED,
    /** A newer suggestion of the same type for the same target replaced it. */
    SUPERSEDED,
    EXPIRED
}
