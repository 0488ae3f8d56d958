package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls the work off, for a reason; final. */
public record CancelWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId, String reason) {
}
