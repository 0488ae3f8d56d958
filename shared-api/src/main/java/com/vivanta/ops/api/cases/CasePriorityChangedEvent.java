package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The case's priority changed; both values are kept because SLA targets depend on them. */
@Revision("1")
public record CasePriorityChangedEvent(UUID caseId, CasePriority previousPriority, CasePriority priority) {
}
