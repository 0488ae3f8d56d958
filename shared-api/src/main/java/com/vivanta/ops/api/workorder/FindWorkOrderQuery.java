package com.vivanta.ops.api.workorder;

import java.util.UUID;

/** One work order of the organization; answers an empty Optional when it is missing or another tenant's. */
public record FindWorkOrderQuery(UUID organizationId, UUID workOrderId) {
}
