package com.vivanta.ops.api.approval;

import java.util.Set;
import java.util.UUID;

/**
 * Pending flows whose current STAFF step the user may decide now: named in it, or holding its role, and
 * not excluded by separation of duties (the invoice's creator or submitter, or an approver of an earlier
 * step of the same flow). Invoices above their work order's ceiling, and the step open to anyone added for
 * them, only when {@code mayExceedNte} (the user holds {@code invoice.approve-over-nte}). Oldest first.
 */
public record FindMyPendingApprovalsQuery(UUID organizationId, UUID userId, Set<String> roleNames,
                                          boolean mayExceedNte, int limit, int offset) {

    public FindMyPendingApprovalsQuery {
        roleNames = Set.copyOf(roleNames);
    }
}
