package com.vivanta.ops.api.organization;

import java.util.UUID;

/**
 * The organization's SLA targets as the API shows them ({@link SlaPolicyView}), the defaults included
 * until it sets its own. Other slices that only need the targets ask {@link FindSlaPolicyQuery}.
 */
public record FindSlaPolicyViewQuery(UUID organizationId) {
}
