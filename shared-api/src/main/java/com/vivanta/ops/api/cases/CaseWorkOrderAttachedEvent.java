package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A work order of the case is open (new, or {@code reopened}); the case cannot close until it ends. */
@Revision("1")
public record CaseWorkOrderAttachedEvent(UUID caseId, UUID workOrderId, String workOrderNumber, boolean reopened) {
}
