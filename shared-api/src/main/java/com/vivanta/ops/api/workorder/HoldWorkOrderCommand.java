package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pauses dispatched work, e.g. waiting for parts or access; it resumes where it was. */
public record HoldWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId, String reason) {
}
