package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.FindRoleQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creating roles of the organization with a set of permissions. */
@RestController
class RoleCommandController {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    RoleCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    record CreateRoleRequest(@NotBlank @Size(min = 2, max = 64) String roleName,
                             @Size(max = 256) String description,
                             Set<@NotNull String> permissions) {
    }

    @PostMapping("/api/v1/roles")
    @RequirePermissions(Permission.ROLE_WRITE)
    ResponseEntity<ApiResponse<?>> create(@Valid @RequestBody CreateRoleRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        UUID roleId = UUID.randomUUID();
        commandGateway.sendAndWait(new CreateRoleCommand(roleId, request.roleName(), request.description(),
                                                         permissions(request.permissions())));
        return readYourWrites.created(roleId, URI.create("/api/v1/roles/" + roleId),
                                      new FindRoleQuery(organizationId, roleId), RoleView.class);
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
