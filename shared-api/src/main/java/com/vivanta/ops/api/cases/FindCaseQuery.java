package com.vivanta.ops.api.cases;

import java.util.UUID;

/** One case of the organization; answers an empty Optional when it is missing or another tenant's. */
public record FindCaseQuery(UUID organizationId, UUID caseId) {
}
