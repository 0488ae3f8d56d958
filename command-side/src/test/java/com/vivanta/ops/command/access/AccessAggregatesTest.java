package com.vivanta.ops.command.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.RoleCreatedEvent;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AccessAggregatesTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Map<String, Object> AS_SYSTEM = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, MessageMetadata.SYSTEM_USER);

    @Test
    void aRoleGrantsPermissionsByTheirStableKeys() {
        UUID roleId = UUID.randomUUID();
        new AggregateTestFixture<>(Role.class)
                .givenNoPriorActivity()
                .when(new CreateRoleCommand(roleId, "dispatch", "Dispatchers",
                                            EnumSet.of(Permission.CASE_READ, Permission.WORKORDER_ASSIGN)), AS_SYSTEM)
                .expectEvents(new RoleCreatedEvent(roleId, ORG, "dispatch", "Dispatchers",
                                                   Set.of("case.read", "workorder.assign")));
    }

    @Test
    void aTenantsRoleCannotGrantAPlatformPermission() {
        new AggregateTestFixture<>(Role.class)
                .givenNoPriorActivity()
                .when(new CreateRoleCommand(UUID.randomUUID(), "sneaky", null,
                                            EnumSet.of(Permission.CASE_READ, Permission.PLATFORM_ADMIN)), AS_SYSTEM)
                .expectException(InvalidReferenceException.class)
                .expectNoEvents();
    }

    @Test
    void thePlatformOrganizationsRoleMayGrantPlatformPermissions() {
        UUID roleId = UUID.randomUUID();
        new AggregateTestFixture<>(Role.class)
                .givenNoPriorActivity()
                .when(new CreateRoleCommand(roleId, "operator", null, EnumSet.of(Permission.PLATFORM_ADMIN)),
                      Map.of(MessageMetadata.ORGANIZATION_ID, WellKnownOrganizations.PLATFORM.toString(),
                             MessageMetadata.USER_ID, MessageMetadata.SYSTEM_USER))
                .expectEvents(new RoleCreatedEvent(roleId, WellKnownOrganizations.PLATFORM, "operator", null,
                                                   Set.of("platform.admin")));
    }

    @Test
    void aUserIsRegisteredActiveWithANormalisedEmailAndTheHashStaysOutOfTheEvent() {
        UUID userId = UUID.randomUUID();
        UUID roleId = UUID.randomUUID();
        CredentialStore credentials = mock(CredentialStore.class);
        AggregateTestFixture<UserAccount> fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(credentials);

        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand(userId, "  Ada@Example.TEST ", "Ada", "Lovelace", UserType.INTERNAL,
                                             Set.of(roleId), "$2a$10$hash"), AS_SYSTEM)
               .expectEvents(new UserRegisteredEvent(userId, ORG, "ada@example.test", "Ada", "Lovelace",
                                                     UserType.INTERNAL, UserStatus.ACTIVE, Set.of(roleId)));
        verify(credentials).store(userId, "$2a$10$hash");
    }

    @Test
    void aUserWithoutPasswordGetsNoCredential() {
        CredentialStore credentials = mock(CredentialStore.class);
        AggregateTestFixture<UserAccount> fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(credentials);

        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand(UUID.randomUUID(), "owner@example.test", "Owen", "Owner",
                                             UserType.OWNER, Set.of(), null), AS_SYSTEM)
               .expectSuccessfulHandlerExecution();
        verifyNoInteractions(credentials);
    }

    @Test
    void theCommandNeverPrintsThePasswordHash() {
        RegisterUserCommand command = new RegisterUserCommand(UUID.randomUUID(), "a@b.test", "A", "B",
                                                              UserType.INTERNAL, Set.of(), "$2a$10$secret");
        org.assertj.core.api.Assertions.assertThat(command.toString()).doesNotContain("secret");
    }

    @Test
    void productionRefusesThePublishedAdministratorPassword() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        assertThatThrownBy(() -> new FirstStartSeeder(null, null, "Org", "org", "admin@x.test",
                                                      FirstStartSeeder.DEFAULT_ADMIN_PASSWORD, "op@x.test",
                                                      "a-strong-platform-password", production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VIVANTA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new FirstStartSeeder(null, null, "Org", "org", "admin@x.test",
                                                      "a-strong-admin-password", "op@x.test",
                                                      FirstStartSeeder.DEFAULT_PLATFORM_PASSWORD, production))
                .isInstanceOf(IllegalStateException.class);
    }
}
