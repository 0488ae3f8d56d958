package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The status text shown to owners changed; null hides the case from the owner portal. */
@Revision("1")
public record CaseOwnerVisibleStatusChangedEvent(UUID caseId, String ownerVisibleStatus) {
}
