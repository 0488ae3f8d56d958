package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends completed work back to its vendor, e.g. the fix did not hold; counted on the work order. */
public record ReopenWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId, String reason) {
}
