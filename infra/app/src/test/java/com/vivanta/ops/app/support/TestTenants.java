package com.vivanta.ops.app.support;

import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;
import static org.awaitility.Awaitility.await;

import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.access.OrganizationProvisioning;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes organizations and users for tests through the same commands production uses, and signs them in
 * through the real login endpoint.
 */
@Component
public class TestTenants {

    public static final String PASSWORD = "Correct-Horse-42";

    private final OrganizationProvisioning provisioning;
    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;
    private final QueryGateway queryGateway;
    private final PasswordEncoder passwordEncoder;
    private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

    TestTenants(OrganizationProvisioning provisioning, CommandGateway commandGateway, ReadYourWrites readYourWrites,
                QueryGateway queryGateway, PasswordEncoder passwordEncoder) {
        this.provisioning = provisioning;
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
        this.passwordEncoder = passwordEncoder;
    }

    public record Tenant(UUID organizationId, String slug, Member admin) {
    }

    public record Member(UUID userId, UUID organizationId, String slug, String email, String password) {
    }

    /** The platform operator seeded at start (see application-test.yml for the password). */
    public Member platformOperator() {
        UUID operatorId = UUID.nameUUIDFromBytes((WellKnownOrganizations.PLATFORM + "/user/operator")
                                                         .getBytes(StandardCharsets.UTF_8));
        return new Member(operatorId, WellKnownOrganizations.PLATFORM, "platform", "platform@vivanta.local",
                          "Test-Platform-Password-1");
    }

    /** A new organization with the default roles and an administrator. */
    public Tenant newTenant() {
        UUID organizationId = UUID.randomUUID();
        String slug = "t-" + organizationId.toString().substring(0, 8);
        UUID adminId = UUID.randomUUID();
        String email = "admin@" + slug + ".test";
        if (!provisioning.provisionTenant(organizationId, "Tenant " + slug, slug,
                                          new OrganizationProvisioning.FirstAdmin(adminId, email, PASSWORD, "Ada",
                                                                                  "Admin"),
                                          MessageMetadata.SYSTEM_USER).visible()) {
            throw new IllegalStateException("Tenant " + slug + " was not projected in time");
        }
        return new Tenant(organizationId, slug, new Member(adminId, organizationId, slug, email, PASSWORD));
    }

    /** A new active user of the tenant holding exactly the named default role. */
    public Member member(Tenant tenant, String roleName) {
        UUID userId = UUID.randomUUID();
        String email = roleName + "-" + userId.toString().substring(0, 8) + "@" + tenant.slug() + ".test";
        RegisterUserCommand command = new RegisterUserCommand(
                userId, email, "Test", roleName, UserType.INTERNAL, UserStatus.ACTIVE, null,
                Set.of(roleId(tenant.organizationId(), roleName)),
                passwordEncoder.encode(PASSWORD));
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                Map.of(ORGANIZATION_ID, tenant.organizationId().toString(), USER_ID, MessageMetadata.SYSTEM_USER)));
        awaitUser(tenant.organizationId(), userId);
        return new Member(userId, tenant.organizationId(), tenant.slug(), email, PASSWORD);
    }

    /** A new active owner portal user (type OWNER, role {@code owner}) standing for the given owner. */
    public Member ownerMember(Tenant tenant, UUID ownerId) {
        UUID userId = UUID.randomUUID();
        String email = "owner-" + userId.toString().substring(0, 8) + "@" + tenant.slug() + ".test";
        RegisterUserCommand command = new RegisterUserCommand(
                userId, email, "Olive", "Owner", UserType.OWNER, UserStatus.ACTIVE, ownerId,
                Set.of(roleId(tenant.organizationId(), "owner")), passwordEncoder.encode(PASSWORD));
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                Map.of(ORGANIZATION_ID, tenant.organizationId().toString(), USER_ID, MessageMetadata.SYSTEM_USER)));
        awaitUser(tenant.organizationId(), userId);
        return new Member(userId, tenant.organizationId(), tenant.slug(), email, PASSWORD);
    }

    /**
     * The tenant's role of that name, once projected. Waiting for the admin user is not enough: the role
     * events are other aggregates, which other segments of the projection may handle a little later.
     */
    private UUID roleId(UUID organizationId, String roleName) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                      .until(() -> queryGateway.query(new FindRolesQuery(organizationId),
                                                      ResponseTypes.multipleInstancesOf(RoleView.class))
                                               .join().stream()
                                               .filter(role -> role.roleName().equals(roleName))
                                               .map(RoleView::id)
                                               .findFirst(),
                             Optional::isPresent)
                      .orElseThrow(() -> new IllegalArgumentException("No role " + roleName));
    }

    /** A bearer token for the member, from {@code POST /auth/login}; cached per member. */
    public String tokenOf(Member member, int port) {
        return tokens.computeIfAbsent(member.userId(), id -> RestAssured
                .given().port(port).contentType(ContentType.JSON)
                .body(Map.of("email", member.email(), "password", member.password(), "organization", member.slug()))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("data.accessToken"));
    }

    private void awaitUser(UUID organizationId, UUID userId) {
        readYourWrites.awaitView(userId, new FindUserQuery(organizationId, userId), UserView.class)
                      .orElseThrow(() -> new IllegalStateException("User " + userId + " was not projected in time"));
    }
}
