package com.vivanta.ops.api.workorder;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books the visit the vendor agreed to, or moves a booked one. */
public record ScheduleWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId, Instant scheduledFor) {
}
