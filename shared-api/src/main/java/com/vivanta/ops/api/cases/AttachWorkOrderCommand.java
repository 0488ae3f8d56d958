package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tells a case that one of its work orders is open: new ({@code reopened} false) or reopened. Refused
 * when the case is closed or cancelled, which refuses the work order's change with it.
 */
public record AttachWorkOrderCommand(@TargetAggregateIdentifier UUID caseId,
                                     UUID workOrderId,
                                     String workOrderNumber,
                                     boolean reopened) {
}
