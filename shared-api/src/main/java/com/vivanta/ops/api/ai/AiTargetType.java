package com.vivanta.ops.api.ai;

/** The kinds of entity a suggestion can be about; each is an aggregate with its own domain commands. */
public enum AiTargetType {
    CASE,
    INVOICE
}
