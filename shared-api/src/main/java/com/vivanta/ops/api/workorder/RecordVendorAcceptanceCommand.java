package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the assigned vendor took the job (operators record it; there is no vendor portal yet). */
public record RecordVendorAcceptanceCommand(@TargetAggregateIdentifier UUID workOrderId) {
}
