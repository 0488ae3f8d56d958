package com.vivanta.ops.api.cases;

import java.util.UUID;

/** A page of one work queue of the organization, most urgent and oldest due first. */
public record FindCaseQueueQuery(UUID organizationId, CaseQueue queue, int limit, int offset) {
}
