package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The work is done (status COMPLETED); the event's timestamp is the completion time. */
@Revision("1")
public record WorkOrderCompletedEvent(UUID workOrderId, UUID caseId, String note, Money actualCost) {
}
