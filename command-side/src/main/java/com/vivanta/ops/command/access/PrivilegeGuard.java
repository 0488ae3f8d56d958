package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.FindPrincipalQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.PrincipalView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Keeps account management from becoming a way up: {@code user.write} lets one run accounts, not take
 * over more powerful ones. Setting another user's password, e-mail or status needs every permission that
 * user holds; giving roles needs {@code role.write}, as replacing them does.
 */
@Component
class PrivilegeGuard {

    private final QueryGateway queryGateway;

    PrivilegeGuard(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    void requireMayManage(UUID targetUserId) {
        Actor actor = CurrentActor.get();
        if (actor.userId().equals(targetUserId)) {
            return;
        }
        Futures.join(queryGateway.query(new FindPrincipalQuery(targetUserId),
                                        ResponseTypes.optionalInstanceOf(PrincipalView.class)))
               .filter(target -> target.organizationId().equals(actor.organizationId()))
               .ifPresent(target -> {
                   List<String> lacking = target.permissions().stream()
                                                .filter(permission -> !actor.permissions().contains(permission))
                                                .sorted().toList();
                   if (!lacking.isEmpty()) {
                       throw new PermissionDeniedException("You cannot manage a user who holds permissions you lack",
                                                           lacking, "all-of");
                   }
               });
    }

    void requireMayGrant(Set<UUID> roleIds) {
        if (!roleIds.isEmpty() && !CurrentActor.get().holds(Permission.ROLE_WRITE)) {
            throw new PermissionDeniedException(List.of(Permission.ROLE_WRITE.key()), "all-of");
        }
    }
}
