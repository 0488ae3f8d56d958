package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor is on site and working. */
public record StartWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId) {
}
