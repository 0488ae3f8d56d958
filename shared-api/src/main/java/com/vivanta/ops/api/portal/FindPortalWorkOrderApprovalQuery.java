package com.vivanta.ops.api.portal;

import java.util.UUID;

/**
 * The question about one work order's cost, whatever its answer now, if the owner was asked it and may see
 * the work order (a property the owner holds, work created during the ownership); empty otherwise.
 */
public record FindPortalWorkOrderApprovalQuery(PortalScope scope, UUID workOrderId) {
}
