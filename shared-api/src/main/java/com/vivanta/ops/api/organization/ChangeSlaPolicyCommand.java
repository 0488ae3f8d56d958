package com.vivanta.ops.api.organization;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces the organization's SLA targets. Carries the targets as given, not a {@link SlaPolicy}: the
 * aggregate checks them and names the priority whose target it refuses.
 */
public record ChangeSlaPolicyCommand(@TargetAggregateIdentifier UUID organizationId,
                                     Map<CasePriority, Duration> resolutionTargets) {
}
