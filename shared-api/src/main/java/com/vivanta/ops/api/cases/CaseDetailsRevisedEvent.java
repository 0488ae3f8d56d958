package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The case's type, title or description changed; the event holds all three as they now are. */
@Revision("1")
public record CaseDetailsRevisedEvent(UUID caseId, String caseType, String title, String description) {
}
