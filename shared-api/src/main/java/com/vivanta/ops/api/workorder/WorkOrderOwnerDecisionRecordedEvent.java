package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The owner answered the approval request. An approval covers {@code approvedAmount}; a decline keeps the
 * work from moving forward until its cost is brought within what the owner accepts. The user who
 * recorded it is in {@code recordedBy} (the owner's portal user, or staff for a phone or e-mail answer).
 *
 * @param status the work order's status from now on
 */
@Revision("1")
public record WorkOrderOwnerDecisionRecordedEvent(UUID workOrderId,
                                                  OwnerDecision decision,
                                                  String reason,
                                                  DecisionChannel channel,
                                                  UUID ownerId,
                                                  String recordedBy,
                                                  Money approvedAmount,
                                                  WorkOrderStatus status) {
}
