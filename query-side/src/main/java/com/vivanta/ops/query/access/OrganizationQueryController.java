package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.AuthenticatedOnly;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization. Another organization is never shown, not even that it exists. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationQueryController {

    private final QueryGateway queryGateway;

    OrganizationQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/current")
    @AuthenticatedOnly
    ApiResponse<OrganizationView> current() {
        return ApiResponse.of(own());
    }

    @GetMapping
    @RequirePermissions(Permission.ORGANIZATION_READ)
    ApiResponse<List<OrganizationView>> list() {
        return ApiResponse.ofAll(List.of(own()));
    }

    @GetMapping("/{organizationId}")
    @RequirePermissions(Permission.ORGANIZATION_READ)
    ApiResponse<OrganizationView> get(@PathVariable UUID organizationId) {
        OrganizationView own = own();
        if (!own.id().equals(organizationId)) {
            throw new NotFoundException("Organization", organizationId);
        }
        return ApiResponse.of(own);
    }

    private OrganizationView own() {
        UUID organizationId = CurrentActor.get().organizationId();
        return Futures.join(queryGateway.query(new FindOrganizationQuery(organizationId),
                                               ResponseTypes.optionalInstanceOf(OrganizationView.class)))
                      .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }
}
