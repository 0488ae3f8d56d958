package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.workorder.DecisionChannel;
import java.time.Instant;
import java.util.UUID;

/** A decision on a step, or a reassignment of it ({@code decision} null, {@code reason} why). */
public record ApprovalStepDecisionView(ApprovalDecision decision,
                                       String reason,
                                       String actedBy,
                                       DecisionChannel channel,
                                       UUID ownerId,
                                       Instant at) {
}
