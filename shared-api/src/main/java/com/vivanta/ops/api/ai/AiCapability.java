package com.vivanta.ops.api.ai;

/** What the assistant is asked to help with; configured, enabled and evaluated per organization. */
public enum AiCapability {
    /** Case type, priority and next actions for a case. */
    CASE_ASSIST,
    /** Approval routing for an invoice under review. */
    APPROVAL_ASSIST,
    /** Free-form runs an operator starts; they produce no suggestion to apply. */
    GENERAL
}
