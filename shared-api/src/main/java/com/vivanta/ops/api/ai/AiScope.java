package com.vivanta.ops.api.ai;

import com.vivanta.ops.api.organization.WellKnownOrganizations;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Whose AI configuration something is: one organization's, or the global default every organization falls
 * back to. The global configuration belongs to the platform organization, which holds no business data of its
 * own, so only the platform operator can change it.
 */
public enum AiScope {
    ORGANIZATION,
    GLOBAL;

    /** The id of the global configuration aggregate, the same on every installation. */
    public static final UUID GLOBAL_CONFIGURATION_ID = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

    /** The scope an organization's commands act in: the platform organization's is the global one. */
    public static AiScope of(UUID organizationId) {
        return WellKnownOrganizations.PLATFORM.equals(organizationId) ? GLOBAL : ORGANIZATION;
    }

    /** The id of the configuration aggregate an organization's commands address. */
    public static UUID configurationIdOf(UUID organizationId) {
        return of(organizationId) == GLOBAL ? GLOBAL_CONFIGURATION_ID
                : UUID.nameUUIDFromBytes((organizationId + "/ai-configuration").getBytes(StandardCharsets.UTF_8));
    }
}
