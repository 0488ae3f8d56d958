package com.vivanta.ops.api.organization;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The organization set its own SLA targets, one per priority; stored as ISO-8601 durations ({@code PT4H}).
 * A plain map rather than a {@link SlaPolicy}, so that a later change of the policy's bounds can never
 * make a stored event unreadable.
 */
@Revision("1")
public record OrganizationSlaPolicyChangedEvent(UUID organizationId, Map<CasePriority, Duration> resolutionTargets) {

    public OrganizationSlaPolicyChangedEvent {
        resolutionTargets = SlaPolicy.inPriorityOrder(resolutionTargets);
    }
}
