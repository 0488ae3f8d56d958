package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.FindRoleQuery;
import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The organization's roles and the catalogue of permissions a role can grant. */
@RestController
@RequirePermissions(Permission.ROLE_READ)
class RoleQueryController {

    private final QueryGateway queryGateway;

    RoleQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record PermissionView(String key, String description) {
    }

    @GetMapping("/api/v1/roles")
    ApiResponse<List<RoleView>> roles() {
        FindRolesQuery query = new FindRolesQuery(CurrentActor.get().organizationId());
        return ApiResponse.ofAll(Futures.join(queryGateway.query(query, ResponseTypes.multipleInstancesOf(RoleView.class))));
    }

    @GetMapping("/api/v1/roles/{roleId}")
    ApiResponse<RoleView> role(@PathVariable UUID roleId) {
        return ApiResponse.of(Futures.join(queryGateway.query(new FindRoleQuery(CurrentActor.get().organizationId(),
                                                                                roleId),
                                                              ResponseTypes.optionalInstanceOf(RoleView.class)))
                                     .orElseThrow(() -> new NotFoundException("Role", roleId)));
    }

    /** What an organization's role may grant; platform-only permissions are not on offer. */
    @GetMapping("/api/v1/permissions")
    ApiResponse<List<PermissionView>> permissions() {
        return ApiResponse.ofAll(Arrays.stream(Permission.values()).filter(permission -> !permission.platformOnly())
                                       .map(permission -> new PermissionView(permission.key(),
                                                                             permission.description()))
                                       .toList());
    }
}
