package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The case moved from one status to another. When the new status is terminal, the event's timestamp is
 * the closing time.
 */
@Revision("1")
public record CaseStatusChangedEvent(UUID caseId, CaseStatus previousStatus, CaseStatus status, String note) {
}
