package com.vivanta.ops.api.access;

import java.util.UUID;

/** An account matching a sign-in e-mail. */
public record LoginCandidate(UUID userId, UUID organizationId, String organizationSlug, UserStatus status) {
}
