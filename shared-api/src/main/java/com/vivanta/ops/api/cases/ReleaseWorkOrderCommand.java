package com.vivanta.ops.api.cases;

import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells a case that one of its work orders ended ({@code outcome} COMPLETED or CANCELLED). */
public record ReleaseWorkOrderCommand(@TargetAggregateIdentifier UUID caseId,
                                      UUID workOrderId,
                                      WorkOrderStatus outcome) {
}
