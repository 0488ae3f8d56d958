package com.vivanta.ops.api.cases;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The case's due time changed; {@code dueAt} null means the case no longer has one. */
@Revision("1")
public record CaseDueDateChangedEvent(UUID caseId, Instant dueAt) {
}
