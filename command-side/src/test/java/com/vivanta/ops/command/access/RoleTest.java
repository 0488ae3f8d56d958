package com.vivanta.ops.command.access;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.OfferDefaultPermissionsCommand;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.access.RolePermissionsGrantedEvent;
import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Map<String, Object> AS_ADMIN = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                               MessageMetadata.USER_ID, "admin");

    private final UUID roleId = UUID.randomUUID();
    private AggregateTestFixture<Role> fixture;
    private UniqueKeys uniqueKeys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Role.class);
        uniqueKeys = mock(UniqueKeys.class);
        fixture.registerInjectableResource(uniqueKeys);
    }

    @Test
    void grantsPermissionsByTheirStableKeysUnderAUniqueName() {
        fixture.givenNoPriorActivity()
               .when(new CreateRoleCommand(roleId, " dispatch ", "Dispatchers",
                                           EnumSet.of(Permission.CASE_READ, Permission.WORKORDER_ASSIGN)), AS_ADMIN)
               .expectEvents(new RoleCreatedEvent(roleId, ORG, "dispatch", "Dispatchers",
                                                  Set.of("case.read", "workorder.assign")));
        verify(uniqueKeys).claim(UniqueKey.within(ORG, "role-name", "dispatch", "roleName"), roleId);
    }

    @Test
    void refusesATakenName() {
        doThrow(new DuplicateException("roleName", "admin")).when(uniqueKeys).claim(any(), eq(roleId));
        fixture.givenNoPriorActivity()
               .when(new CreateRoleCommand(roleId, "Admin", null, EnumSet.of(Permission.CASE_READ)), AS_ADMIN)
               .expectException(DuplicateException.class)
               .expectNoEvents();
    }

    @Test
    void aTenantsRoleCannotGrantAPlatformPermission() {
        fixture.givenNoPriorActivity()
               .when(new CreateRoleCommand(roleId, "sneaky", null,
                                           EnumSet.of(Permission.CASE_READ, Permission.PLATFORM_ADMIN)), AS_ADMIN)
               .expectException(InvalidReferenceException.class)
               .expectNoEvents();
    }

    @Test
    void thePlatformOrganizationsRoleMayGrantPlatformPermissions() {
        fixture.givenNoPriorActivity()
               .when(new CreateRoleCommand(roleId, "operator", null, EnumSet.of(Permission.PLATFORM_ADMIN)),
                     Map.of(MessageMetadata.ORGANIZATION_ID, WellKnownOrganizations.PLATFORM.toString(),
                            MessageMetadata.USER_ID, MessageMetadata.SYSTEM_USER))
               .expectEvents(new RoleCreatedEvent(roleId, WellKnownOrganizations.PLATFORM, "operator", null,
                                                  Set.of("platform.admin")));
    }

    @Test
    void aStandardRoleTakesUpPermissionsAddedToItsDefaultsSince() {
        fixture.given(new RoleCreatedEvent(roleId, ORG, "admin", "Full access role", Set.of("case.read", "user.write")))
               .when(new OfferDefaultPermissionsCommand(roleId, EnumSet.of(Permission.CASE_READ, Permission.USER_WRITE,
                                                                          Permission.ORGANIZATION_WRITE,
                                                                          Permission.TASK_ASSIGN)), AS_ADMIN)
               .expectEvents(new RolePermissionsGrantedEvent(roleId, ORG, Set.of("organization.write", "task.assign")));
    }

    @Test
    void aPermissionIsNeverOfferedTwice() {
        fixture.given(new RoleCreatedEvent(roleId, ORG, "admin", null, Set.of("case.read")),
                      new RolePermissionsGrantedEvent(roleId, ORG, Set.of("organization.write")))
               .when(new OfferDefaultPermissionsCommand(roleId, EnumSet.of(Permission.CASE_READ,
                                                                          Permission.ORGANIZATION_WRITE)), AS_ADMIN)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anOfferCannotSlipAPlatformPermissionIntoATenantsRole() {
        fixture.given(new RoleCreatedEvent(roleId, ORG, "admin", null, Set.of("case.read")))
               .when(new OfferDefaultPermissionsCommand(roleId, EnumSet.of(Permission.PLATFORM_ADMIN)), AS_ADMIN)
               .expectException(InvalidReferenceException.class)
               .expectNoEvents();
    }

    @Test
    void anotherOrganizationCannotOfferToTheRole() {
        fixture.given(new RoleCreatedEvent(roleId, ORG, "admin", null, Set.of("case.read")))
               .when(new OfferDefaultPermissionsCommand(roleId, EnumSet.of(Permission.ORGANIZATION_WRITE)),
                     Map.of(MessageMetadata.ORGANIZATION_ID, UUID.randomUUID().toString(),
                            MessageMetadata.USER_ID, MessageMetadata.SYSTEM_USER))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
