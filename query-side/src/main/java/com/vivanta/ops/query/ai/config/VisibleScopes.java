package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.organization.WellKnownOrganizations;
import java.util.List;
import java.util.UUID;

/** Whose AI configuration an organization sees: its own, and the global one it falls back to. */
final class VisibleScopes {

    private VisibleScopes() {
    }

    /** The owners of those scopes; the platform organization owns the global one. */
    static List<UUID> of(UUID organizationId) {
        return List.of(organizationId, WellKnownOrganizations.PLATFORM);
    }
}
