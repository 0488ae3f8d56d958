package com.vivanta.ops.api.audit;

import java.util.UUID;

/** A page of the organization's audit log matching the filter, newest first. */
public record FindAuditEntriesQuery(UUID organizationId, AuditFilter filter, int limit, int offset) {
}
