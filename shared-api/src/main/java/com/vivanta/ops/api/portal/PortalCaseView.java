package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as its property's owner sees it: the title and the status text written for owners. The internal
 * description, status, assignee and notes are not part of the portal's read model at all.
 */
public record PortalCaseView(UUID id,
                             UUID propertyId,
                             String title,
                             CasePriority priority,
                             String ownerVisibleStatus,
                             Instant openedAt,
                             Instant updatedAt) {
}
