package com.vivanta.ops.api.ai;

/**
 * What a suggestion proposes. Each type belongs to one capability and is about one kind of entity, and its
 * apply maps to one domain command on that entity.
 */
public enum AiSuggestionType {
    /** Fields {@code caseType} and {@code priority}. */
    CASE_CLASSIFICATION(AiCapability.CASE_ASSIST, AiTargetType.CASE),
    /** One field per recommended next action. */
    CASE_NEXT_ACTIONS(AiCapability.CASE_ASSIST, AiTargetType.CASE),
    /** The approvers and flow type for an invoice's approval. */
    INVOICE_APPROVAL_ROUTE(AiCapability.APPROVAL_ASSIST, AiTargetType.INVOICE);

    private final AiCapability capability;
    private final AiTargetType targetType;

    AiSuggestionType(AiCapability capability, AiTargetType targetType) {
        this.capability = capability;
        this.targetType = targetType;
    }

    public AiCapability capability() {
        return capability;
    }

    public AiTargetType targetType() {
        return targetType;
    }
}
