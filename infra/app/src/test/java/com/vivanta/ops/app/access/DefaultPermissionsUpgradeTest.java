package com.vivanta.ops.app.access;

import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.vivanta.ops.api.access.CreateRoleCommand;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.command.access.OrganizationProvisioning;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An organization set up before a permission joined the defaults (here: before {@code organization.write}
 * and the work-order permissions existed) gets it at the next start, once, and keeps the rest as it was.
 */
class DefaultPermissionsUpgradeTest extends ApiTest {

    private static final Set<Permission> ADDED_SINCE = EnumSet.of(Permission.ORGANIZATION_WRITE,
                                                                  Permission.TASK_ASSIGN,
                                                                  Permission.WORKORDER_OVERRIDE,
                                                                  Permission.WORKORDER_OWNER_DECISION);

    @Autowired
    private OrganizationProvisioning provisioning;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private ReadYourWrites readYourWrites;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anOlderOrganizationsAdministratorGainsThePermissionsAddedSinceAtTheNextStart() {
        Member admin = anOrganizationProvisionedBeforeThePermissionsWereAdded();
        UUID adminRoleId = roleIdOf(admin.organizationId(), "admin");
        Map<String, Object> policy = Map.of("resolutionTargets", Map.of("URGENT", "PT2H", "HIGH", "PT12H",
                                                                        "NORMAL", "P2D", "LOW", "P14D"));
        as(admin).body(policy).put("/api/v1/organizations/current/sla-policy").then().statusCode(403);

        provisioning.offerCurrentDefaults();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(admin).get("/api/v1/roles/" + adminRoleId).then().statusCode(200)
                               .body("data.permissions", hasItem("organization.write")));
        as(admin).get("/api/v1/roles/" + adminRoleId).then()
                 .body("data.permissions.size()", equalTo(grantablePermissions()));
        as(admin).body(policy).put("/api/v1/organizations/current/sla-policy").then().statusCode(200);

        provisioning.offerCurrentDefaults();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                       Long.class, adminRoleId.toString()))
                .as("created, then granted once").isEqualTo(2);
    }

    private Member anOrganizationProvisionedBeforeThePermissionsWereAdded() {
        UUID organizationId = UUID.randomUUID();
        String slug = "old-" + organizationId.toString().substring(0, 8);
        UUID adminRoleId = roleIdOf(organizationId, "admin");
        UUID adminId = UUID.randomUUID();
        String email = "admin@" + slug + ".test";
        Set<Permission> then = EnumSet.allOf(Permission.class);
        then.removeIf(permission -> permission.platformOnly() || ADDED_SINCE.contains(permission));
        send(organizationId, new CreateOrganizationCommand(organizationId, "Older " + slug, slug));
        send(organizationId, new CreateRoleCommand(adminRoleId, "admin", "Full access role", then));
        send(organizationId, new RegisterUserCommand(adminId, email, "Old", "Admin", UserType.INTERNAL,
                                                     UserStatus.ACTIVE, null, Set.of(adminRoleId),
                                                     passwordEncoder.encode(TestTenants.PASSWORD)));
        readYourWrites.awaitView(adminId, new FindUserQuery(organizationId, adminId), UserView.class).orElseThrow();
        return new Member(adminId, organizationId, slug, email, TestTenants.PASSWORD);
    }

    private void send(UUID organizationId, Object command) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                Map.of(ORGANIZATION_ID, organizationId.toString(), USER_ID, MessageMetadata.SYSTEM_USER)));
    }

    /** How provisioning names the standard roles: the same id on every start. */
    private static UUID roleIdOf(UUID organizationId, String roleName) {
        return UUID.nameUUIDFromBytes((organizationId + "/role/" + roleName).getBytes(StandardCharsets.UTF_8));
    }
}
