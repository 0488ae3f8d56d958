package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creating roles of the organization with a set of permissions. */
@RestController
class RoleCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    RoleCommandController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    record CreateRoleRequest(@NotBlank @Size(min = 2, max = 64) String roleName,
                             @Size(max = 256) String description,
                             Set<@NotNull String> permissions) {
    }

    @PostMapping("/api/v1/roles")
    @RequirePermissions(Permission.ROLE_WRITE)
    ResponseEntity<ApiResponse<RoleView>> create(@Valid @RequestBody CreateRoleRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        UUID roleId = UUID.randomUUID();
        commandGateway.sendAndWait(new CreateRoleCommand(roleId, request.roleName(), request.description(),
                                                         permissions(request.permissions())));
        // A role is never changed after creation, so the command's own outcome is the view to answer with
        // once it is projected; roles are few, so their list is read directly.
        RoleView role = Futures.join(queryGateway.query(new FindRolesQuery(organizationId),
                                                        ResponseTypes.multipleInstancesOf(RoleView.class)))
                               .stream().filter(view -> view.id().equals(roleId)).findFirst()
                               .orElseThrow(() -> new NotFoundException("Role", roleId));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/roles/" + roleId))
                             .body(ApiResponse.of(role));
    }

    private static Set<Permission> permissions(Set<String> keys) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String key : keys == null ? Set.<String>of() : keys) {
            permissions.add(Permission.byKey(key).orElseThrow(
                    () -> new InvalidValueException("permissions", key, "no such permission")));
        }
        return permissions;
    }
}
