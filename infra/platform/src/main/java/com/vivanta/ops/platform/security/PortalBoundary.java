package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.access.UserType;

/**
 * Keeps owner portal users and operators apart. An owner's token opens the portal ({@code /api/v1/portal/**})
 * and the sign-in routes ({@code /api/v1/auth/**}) and nothing else, whatever roles the user may have been
 * given by mistake; the portal is for owners only, so an operator holding {@code portal.read} cannot read
 * an owner's view either. Checked once, centrally, before any controller runs.
 */
public final class PortalBoundary {

    public static final String PORTAL_PATH = "/api/v1/portal/";
    public static final String AUTH_PATH = "/api/v1/auth/";
    /** An owner's token used on an operator route. */
    public static final String OPERATOR_ROUTE = "OWNER_NOT_ALLOWED";
    /** An operator's token used on a portal route. */
    public static final String OWNERS_ONLY = "PORTAL_OWNERS_ONLY";

    private PortalBoundary() {
    }

    /** The refusal's code, or null when the actor may call the path. */
    public static String refusal(Actor actor, String path) {
        if (path.startsWith(AUTH_PATH)) {
            return null;
        }
        boolean portal = path.startsWith(PORTAL_PATH);
        boolean owner = actor.userType() == UserType.OWNER;
        if (owner && !portal) {
            return OPERATOR_ROUTE;
        }
        if (!owner && portal) {
            return OWNERS_ONLY;
        }
        return null;
    }
}
