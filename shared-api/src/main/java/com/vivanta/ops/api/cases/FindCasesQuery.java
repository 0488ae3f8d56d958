package com.vivanta.ops.api.cases;

import java.util.UUID;

/** A page of the organization's cases matching the filter, most recently changed first. */
public record FindCasesQuery(UUID organizationId, CaseFilter filter, int limit, int offset) {
}
