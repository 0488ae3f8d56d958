package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The property or unit the case concerns changed; both are given as they now are (null = none). */
@Revision("1")
public record CaseRelocatedEvent(UUID caseId, UUID propertyId, UUID unitId) {
}
