package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.portal.FindPortalOwnerQuery;
import com.vivanta.ops.api.portal.PortalOwnerView;
import com.vivanta.ops.api.portal.PortalScope;
import com.vivanta.ops.platform.messaging.Futures;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The owner context of a portal request: the owner the signed-in OWNER user stands for, which must exist in
 * the user's organization and be ACTIVE. Read per request, so an owner deactivated (or a user moved to
 * another owner) counts at once. Which routes an owner may call at all is decided by {@link PortalBoundary}.
 */
@Component
public class PortalOwners {

    public static final String PORTAL_OWNER_UNAVAILABLE = "PORTAL_OWNER_UNAVAILABLE";

    private final QueryGateway queryGateway;

    PortalOwners(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The current owner, or 403 when the user is not an owner's portal user or the owner is not active. */
    public PortalOwnerView current() {
        Actor actor = CurrentActor.get();
        if (!actor.isPortalOwner()) {
            throw unavailable();
        }
        return Futures.join(queryGateway.query(new FindPortalOwnerQuery(actor.organizationId(), actor.ownerId()),
                                               ResponseTypes.optionalInstanceOf(PortalOwnerView.class)))
                      .filter(owner -> owner.status() == OwnerStatus.ACTIVE)
                      .orElseThrow(PortalOwners::unavailable);
    }

    /** Whose portal the current request reads, once the owner is known to be available. */
    public PortalScope scope() {
        PortalOwnerView owner = current();
        return new PortalScope(owner.organizationId(), owner.id());
    }

    private static ActionNotPermittedException unavailable() {
        return new ActionNotPermittedException(PORTAL_OWNER_UNAVAILABLE, "The owner portal is open to the active "
                + "owner your account stands for", Map.of());
    }
}
