package com.vivanta.ops.query.organization;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindSlaPolicyViewQuery;
import com.vivanta.ops.api.organization.SlaPolicyView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SLA targets of the caller's organization: its own, or the defaults until it sets them. */
@RestController
class SlaPolicyQueryController {

    private final QueryGateway queryGateway;

    SlaPolicyQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/organizations/current/sla-policy")
    @RequirePermissions(Permission.ORGANIZATION_READ)
    ApiResponse<SlaPolicyView> current() {
        UUID organizationId = CurrentActor.get().organizationId();
        return ApiResponse.of(Futures.join(queryGateway.query(new FindSlaPolicyViewQuery(organizationId),
                                                              ResponseTypes.optionalInstanceOf(SlaPolicyView.class)))
                                     .orElseThrow(() -> new NotFoundException("Organization", organizationId)));
    }
}
