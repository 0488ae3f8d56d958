package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The work is done. {@code note} and {@code actualCost} are nullable. */
public record CompleteWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId, String note, Money actualCost) {
}
