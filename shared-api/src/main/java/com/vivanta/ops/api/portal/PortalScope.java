package com.vivanta.ops.api.portal;

import java.util.Objects;
import java.util.UUID;

/** Whose portal a query reads: an owner of an organization. Taken from the token, never from the request. */
public record PortalScope(UUID organizationId, UUID ownerId) {

    public PortalScope {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
