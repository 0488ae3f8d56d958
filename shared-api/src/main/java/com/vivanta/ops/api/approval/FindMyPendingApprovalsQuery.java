package com.vivanta.ops.api.approval;

import java.util.Set;
import java.util.UUID;

/**
 * Pending flows whose current STAFF step the user may decide now: named in it, or holding its role, and
 * not excluded by separation of duties (the invoice's creator or submitter, or an approver of an earlier
 * step of the same flow). Oldest first.
 */
public record FindMyPendingApprovalsQuery(UUID organizationId, UUID userId, Set<String> roleNames, int limit,
                                          int offset) {

    public FindMyPendingApprovalsQuery {
        roleNames = Set.copyOf(roleNames);
    }
}
