package com.vivanta.ops.api.workorder;

import java.util.UUID;

/** A page of one work-order queue of the organization, the most pressing (earliest due) first. */
public record FindWorkOrderQueueQuery(UUID organizationId, WorkOrderQueue queue, int limit, int offset) {
}
