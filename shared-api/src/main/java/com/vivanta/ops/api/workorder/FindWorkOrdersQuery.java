package com.vivanta.ops.api.workorder;

import java.util.UUID;

/** A page of the organization's work orders matching the filter, most recently changed first. */
public record FindWorkOrdersQuery(UUID organizationId, WorkOrderFilter filter, int limit, int offset) {
}
