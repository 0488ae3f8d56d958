package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.platform.messaging.Futures;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The names of the roles the acting user holds now, for rules that name roles rather than permissions
 * (an approval step "any of the finance role"). Read per request, so a role taken away counts at once.
 */
@Component
public class ActorRoles {

    private final QueryGateway queryGateway;

    ActorRoles(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public Set<String> namesOf(Actor actor) {
        Optional<UserView> user = Futures.join(queryGateway.query(new FindUserQuery(actor.organizationId(),
                                                                                    actor.userId()),
                                                                  ResponseTypes.optionalInstanceOf(UserView.class)));
        if (user.isEmpty() || user.get().roleIds().isEmpty()) {
            return Set.of();
        }
        Set<UUID> held = user.get().roleIds();
        return Futures.join(queryGateway.query(new FindRolesQuery(actor.organizationId()),
                                               ResponseTypes.multipleInstancesOf(RoleView.class)))
                      .stream().filter(role -> held.contains(role.id())).map(RoleView::roleName)
                      .collect(Collectors.toUnmodifiableSet());
    }
}
