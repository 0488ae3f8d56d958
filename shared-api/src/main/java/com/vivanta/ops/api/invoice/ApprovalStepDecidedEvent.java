package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.workorder.DecisionChannel;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An approver decided the current step of a flow. {@code stepCompleted} tells whether the step is now decided
 * as a whole (for ALL steps, whether this was the last approval needed). The actor is {@code decidedBy}; for
 * an owner's answer recorded by staff, {@code channel} and {@code ownerId} say whose answer and how it came.
 */
@Revision("1")
public record ApprovalStepDecidedEvent(UUID invoiceId,
                                       UUID flowId,
                                       int stepOrder,
                                       ApprovalDecision decision,
                                       String reason,
                                       String decidedBy,
                                       DecisionChannel channel,
                                       UUID ownerId,
                                       boolean stepCompleted) {
}
