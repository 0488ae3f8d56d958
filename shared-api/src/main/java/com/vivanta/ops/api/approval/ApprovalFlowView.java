package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invoice's approval flow as shown by {@code /approval-flows}. The flow lives inside the Invoice
 * aggregate; {@code version} is the invoice's.
 */
public record ApprovalFlowView(UUID id,
                               UUID organizationId,
                               String targetEntityType,
                               UUID targetEntityId,
                               ApprovalFlowStatus status,
                               UUID policyId,
                               int policyVersion,
                               String ruleName,
                               String initiatedBy,
                               Instant startedAt,
                               Instant completedAt,
                               List<ApprovalStepView> steps,
                               long version) implements Versioned {

    public ApprovalFlowView {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
