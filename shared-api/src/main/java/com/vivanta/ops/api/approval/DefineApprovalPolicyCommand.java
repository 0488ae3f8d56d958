package com.vivanta.ops.api.approval;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces the organization's whole approval policy; the first definition creates it. The id is
 * {@link ApprovalPolicy#idOf} the caller's organization. Carries the parts as given: the aggregate checks
 * them and names the field it refuses.
 */
public record DefineApprovalPolicyCommand(@TargetAggregateIdentifier UUID policyId,
                                          List<ApprovalRule> rules,
                                          int nteTolerancePercent,
                                          boolean requireApprovalForAll) {
}
