package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.AuthenticatedOnly;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in user, their organization and what they may do. */
@RestController
class AuthMeController {

    private final QueryGateway queryGateway;

    AuthMeController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record Me(UserView user, OrganizationView organization, List<String> permissions) {
    }

    @GetMapping("/api/v1/auth/me")
    @AuthenticatedOnly
    ApiResponse<Me> me() {
        Actor actor = CurrentActor.get();
        UserView user = Futures.join(queryGateway.query(new FindUserQuery(actor.organizationId(), actor.userId()),
                                                        ResponseTypes.optionalInstanceOf(UserView.class)))
                               .orElseThrow(() -> new NotFoundException("User", actor.userId()));
        OrganizationView organization = Futures.join(queryGateway.query(
                        new FindOrganizationQuery(actor.organizationId()),
                        ResponseTypes.optionalInstanceOf(OrganizationView.class)))
                .orElseThrow(() -> new NotFoundException("Organization", actor.organizationId()));
        return ApiResponse.of(new Me(user, organization, actor.permissions().stream().sorted().toList()));
    }
}
