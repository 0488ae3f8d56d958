package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a hold: the work order returns to the status it was held in. */
public record ResumeWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId) {
}
