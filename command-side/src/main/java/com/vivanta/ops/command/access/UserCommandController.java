package com.vivanta.ops.command.access;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.ReplaceUserRolesCommand;
import com.vivanta.ops.api.access.ReviseUserCommand;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Managing the organization's users: register, change, (de)activate, set password, give roles. */
@RestController
@RequestMapping("/api/v1/users")
class UserCommandController {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;
    private final PasswordEncoder passwordEncoder;
    private final PrivilegeGuard privileges;

    UserCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites, References references,
                          PasswordEncoder passwordEncoder, PrivilegeGuard privileges) {
        this.privileges = privileges;
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
        this.passwordEncoder = passwordEncoder;
    }

    record RegisterUserRequest(@NotNull @EmailAddress String email,
                               @NotBlank @Size(min = 1, max = 120) String firstName,
                               @NotBlank @Size(min = 1, max = 120) String lastName,
                               UserType userType,
                               UserStatus status,
                               @Size(min = 8, max = 200) String password,
                               UUID ownerId,
                               Set<@NotNull UUID> roleIds) {

        @Override
        public String toString() {
            return "RegisterUserRequest[email=" + email + "]";
        }
    }

    record ReviseUserRequest(Optional<@NotNull @EmailAddress String> email,
                             Optional<@NotBlank @Size(min = 1, max = 120) String> firstName,
                             Optional<@NotBlank @Size(min = 1, max = 120) String> lastName,
                             Optional<@NotNull UserType> userType,
                             Optional<@NotNull UserStatus> status,
                             Optional<@NotNull @Size(min = 8, max = 200) String> password,
                             Optional<UUID> ownerId) {

        @Override
        public String toString() {
            return "ReviseUserRequest[status=" + status + "]";
        }
    }

    record ReplaceRolesRequest(@NotNull Set<@NotNull UUID> roleIds) {
    }

    @PostMapping
    @RequirePermissions(Permission.USER_WRITE)
    ResponseEntity<ApiResponse<?>> register(@Valid @RequestBody RegisterUserRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        UserType type = request.userType() == null ? UserType.INTERNAL : request.userType();
        Set<UUID> roles = request.roleIds() == null ? Set.of() : request.roleIds();
        privileges.requireMayGrant(roles);
        references.requireRoles(organizationId, roles, "roleIds");
        references.requireOwner(organizationId, request.ownerId(), "ownerId");
        UUID userId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterUserCommand(userId, request.email(), request.firstName().trim(),
                                                           request.lastName().trim(), type, request.status(),
                                                           request.ownerId(), roles, hash(request.password())));
        return readYourWrites.created(userId, location(userId), new FindUserQuery(organizationId, userId),
                                      UserView.class);
    }

    @PatchMapping("/{userId}")
    @RequirePermissions(Permission.USER_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID userId, @Valid @RequestBody ReviseUserRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        UserType type = changeOrNull(request.userType());
        privileges.requireMayManage(userId);
        references.requireOwner(organizationId, changeOrNull(request.ownerId()), "ownerId");
        commandGateway.sendAndWait(new ReviseUserCommand(userId, changeOrNull(request.email()),
                                                         trimmed(changeOrNull(request.firstName())),
                                                         trimmed(changeOrNull(request.lastName())), type,
                                                         request.ownerId(), changeOrNull(request.status()),
                                                         hash(changeOrNull(request.password()))));
        return readYourWrites.updated(userId, location(userId), new FindUserQuery(organizationId, userId),
                                      UserView.class);
    }

    @PutMapping("/{userId}/roles")
    @RequirePermissions(Permission.ROLE_WRITE)
    ResponseEntity<ApiResponse<?>> replaceRoles(@PathVariable UUID userId,
                                                @Valid @RequestBody ReplaceRolesRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        references.requireRoles(organizationId, request.roleIds(), "roleIds");
        commandGateway.sendAndWait(new ReplaceUserRolesCommand(userId, request.roleIds()));
        return readYourWrites.updated(userId, location(userId), new FindUserQuery(organizationId, userId),
                                      UserView.class);
    }

    private String hash(String password) {
        return password == null ? null : passwordEncoder.encode(password);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static URI location(UUID userId) {
        return URI.create("/api/v1/users/" + userId);
    }
}
