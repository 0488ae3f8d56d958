package com.vivanta.ops.api.approval;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The organization's approval policy is now this one, in this version (1 for its first definition). Carries
 * the rules rather than an {@link ApprovalPolicy}, so that a later, stricter check never makes a stored
 * event unreadable.
 */
@Revision("1")
public record ApprovalPolicyDefinedEvent(UUID policyId,
                                         UUID organizationId,
                                         int version,
                                         List<ApprovalRule> rules,
                                         int nteTolerancePercent,
                                         boolean requireApprovalForAll,
                                         String definedBy) {

    public ApprovalPolicyDefinedEvent {
        rules = List.copyOf(rules);
    }
}
