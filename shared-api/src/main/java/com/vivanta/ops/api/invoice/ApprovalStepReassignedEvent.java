package com.vivanta.ops.api.invoice;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An administrator handed the pending step to other approvers, for a reason. */
@Revision("1")
public record ApprovalStepReassignedEvent(UUID invoiceId,
                                          UUID flowId,
                                          int stepOrder,
                                          Set<UUID> userIds,
                                          String roleName,
                                          String reason,
                                          String reassignedBy) {
}
