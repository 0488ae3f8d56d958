package com.vivanta.ops.api.organization;

import java.util.UUID;

/** Organizations that exist on every installation from the first start. */
public final class WellKnownOrganizations {

    /** Home of the platform operator; holds no business data and is not a tenant. */
    public static final UUID PLATFORM = UUID.fromString("00000000-0000-4000-8000-000000000000");
    /** The tenant a fresh installation starts with (slug {@code vivanta-default}). */
    public static final UUID DEFAULT = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private WellKnownOrganizations() {
    }
}
