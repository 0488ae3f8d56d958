package com.vivanta.ops.api.organization;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The SLA targets an organization works with. {@code defaults} is true (and {@code changedAt} null, the
 * version 0) while it has not set its own and works with {@link SlaPolicy#DEFAULT}.
 */
public record SlaPolicyView(UUID organizationId,
                            Map<CasePriority, Duration> resolutionTargets,
                            boolean defaults,
                            Instant changedAt,
                            long version) implements Versioned {

    public SlaPolicyView {
        resolutionTargets = SlaPolicy.inPriorityOrder(resolutionTargets);
    }

    public static SlaPolicyView defaultsOf(UUID organizationId) {
        return new SlaPolicyView(organizationId, SlaPolicy.DEFAULT.resolutionTargets(), true, null, 0);
    }
}
