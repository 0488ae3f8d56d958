package com.vivanta.ops.api.access;

import java.util.UUID;

/** A page of the organization's users, newest first. */
public record FindUsersQuery(UUID organizationId, UserFilter filter, int limit, int offset) {
}
