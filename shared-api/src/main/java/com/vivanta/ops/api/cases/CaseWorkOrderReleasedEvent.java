package com.vivanta.ops.api.cases;

import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A work order of the case ended ({@code outcome} COMPLETED or CANCELLED). */
@Revision("1")
public record CaseWorkOrderReleasedEvent(UUID caseId, UUID workOrderId, String workOrderNumber,
                                         WorkOrderStatus outcome) {
}
