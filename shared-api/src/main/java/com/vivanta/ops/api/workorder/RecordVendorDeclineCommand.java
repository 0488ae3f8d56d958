package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the assigned vendor turned the job down; the work order is open for another vendor. */
public record RecordVendorDeclineCommand(@TargetAggregateIdentifier UUID workOrderId, String reason) {
}
