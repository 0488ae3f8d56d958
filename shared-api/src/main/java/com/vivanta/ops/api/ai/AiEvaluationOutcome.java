package com.vivanta.ops.api.ai;

/** An operator's verdict on a run or a suggestion. */
public enum AiEvaluationOutcome {
    POSITIVE,
    NEGATIVE,
    MIXED,
    NEEDS_REVIEW
}
