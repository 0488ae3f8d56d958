package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.FindUsersQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserFilter;
import com.vivanta.ops.api.access.UserPage;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading the organization's users and the roles each holds. */
@RestController
@RequestMapping("/api/v1/users")
class UserQueryController {

    private final QueryGateway queryGateway;

    UserQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record UserListParams(UserStatus status, UserType userType, @Size(max = 200) String search) {
    }

    @GetMapping
    @RequirePermissions(Permission.USER_READ)
    ApiResponse<List<UserView>> list(@Valid UserListParams params, @Valid Paging paging) {
        FindUsersQuery query = new FindUsersQuery(organization(),
                                                  new UserFilter(params.status(), params.userType(), params.search()),
                                                  paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(UserPage.class))));
    }

    @GetMapping("/{userId}")
    @RequirePermissions(Permission.USER_READ)
    ApiResponse<UserView> get(@PathVariable UUID userId) {
        return ApiResponse.of(user(userId));
    }

    @GetMapping("/{userId}/roles")
    @RequirePermissions(Permission.ROLE_READ)
    ApiResponse<List<RoleView>> roles(@PathVariable UUID userId) {
        UserView user = user(userId);
        return ApiResponse.ofAll(Futures.join(queryGateway.query(new FindRolesQuery(organization()),
                                                                 ResponseTypes.multipleInstancesOf(RoleView.class)))
                                        .stream().filter(role -> user.roleIds().contains(role.id())).toList());
    }

    private UserView user(UUID userId) {
        return Futures.join(queryGateway.query(new FindUserQuery(organization(), userId),
                                               ResponseTypes.optionalInstanceOf(UserView.class)))
                      .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static UUID organization() {
        return CurrentActor.get().organizationId();
    }
}
