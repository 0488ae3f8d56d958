package com.vivanta.ops.api.task;

import java.util.UUID;

/** One task of the organization; answers an empty Optional when it is missing or another tenant's. */
public record FindTaskQuery(UUID organizationId, UUID taskId) {
}
