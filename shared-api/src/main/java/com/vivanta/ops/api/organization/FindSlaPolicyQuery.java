package com.vivanta.ops.api.organization;

import java.util.UUID;

/** The SLA targets of the organization: its own once set, {@link SlaPolicy#DEFAULT} before. */
public record FindSlaPolicyQuery(UUID organizationId) {
}
