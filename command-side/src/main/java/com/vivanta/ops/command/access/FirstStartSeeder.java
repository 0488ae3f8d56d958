package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.access.OrganizationProvisioning.FirstAdmin;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform operator and the default organization (its four roles and its administrator)
 * exist from the first start, and waits until both accounts can sign in before the application reports
 * itself ready. The production profile refuses the published default passwords.
 */
@Component
class FirstStartSeeder implements ApplicationRunner {

    static final String DEFAULT_ADMIN_PASSWORD = "ChangeMe123!";
    static final String DEFAULT_PLATFORM_PASSWORD = "ChangeMePlatform123!";

    private static final Logger log = LoggerFactory.getLogger(FirstStartSeeder.class);

    private final OrganizationProvisioning provisioning;
    private final ReadYourWrites readYourWrites;
    private final String organizationName;
    private final String organizationSlug;
    private final String adminEmail;
    private final String adminPassword;
    private final String platformEmail;
    private final String platformPassword;

    FirstStartSeeder(OrganizationProvisioning provisioning,
                     ReadYourWrites readYourWrites,
                     @Value("${vivanta.bootstrap.organization-name}") String organizationName,
                     @Value("${vivanta.bootstrap.organization-slug}") String organizationSlug,
                     @Value("${vivanta.bootstrap.admin-email}") String adminEmail,
                     @Value("${vivanta.bootstrap.admin-password}") String adminPassword,
                     @Value("${vivanta.bootstrap.platform-email}") String platformEmail,
                     @Value("${vivanta.bootstrap.platform-password}") String platformPassword,
                     Environment environment) {
        if (environment.matchesProfiles("prod")
                && (DEFAULT_ADMIN_PASSWORD.equals(adminPassword) || DEFAULT_PLATFORM_PASSWORD.equals(platformPassword))) {
            throw new IllegalStateException("The prod profile refuses the published default passwords; set "
                                                    + "VIVANTA_ADMIN_PASSWORD and VIVANTA_PLATFORM_PASSWORD");
        }
        this.provisioning = provisioning;
        this.readYourWrites = readYourWrites;
        this.organizationName = organizationName;
        this.organizationSlug = organizationSlug;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.platformEmail = platformEmail;
        this.platformPassword = platformPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID operatorId = seededUserId(WellKnownOrganizations.PLATFORM, "operator");
        boolean operatorCreated = provisioning.provisionPlatform(
                new FirstAdmin(operatorId, platformEmail, platformPassword, "Platform", "Operator"),
                MessageMetadata.SYSTEM_USER);
        UUID adminId = seededUserId(WellKnownOrganizations.DEFAULT, "admin");
        boolean adminCreated = provisioning.provisionTenant(
                WellKnownOrganizations.DEFAULT, organizationName, organizationSlug,
                new FirstAdmin(adminId, adminEmail, adminPassword, "System", "Admin"),
                MessageMetadata.SYSTEM_USER);
        awaitSignInPossible(WellKnownOrganizations.PLATFORM, operatorId);
        awaitSignInPossible(WellKnownOrganizations.DEFAULT, adminId);
        if (operatorCreated || adminCreated) {
            log.info("""

                     ============================================================
                      First start: organization '{}' created.
                      Administrator:     {} / {}
                      Platform operator: {} / {}
                      Change these passwords before anyone else can reach this server.
                     ============================================================""",
                     organizationSlug, adminEmail, shown(adminPassword, DEFAULT_ADMIN_PASSWORD),
                     platformEmail, shown(platformPassword, DEFAULT_PLATFORM_PASSWORD));
        }
    }

    private void awaitSignInPossible(UUID organizationId, UUID userId) {
        if (readYourWrites.awaitView(userId, new FindUserQuery(organizationId, userId), UserView.class).isEmpty()) {
            log.warn("User {} is not visible to sign-in yet; the access projection is lagging", userId);
        }
    }

    private static UUID seededUserId(UUID organizationId, String name) {
        return UUID.nameUUIDFromBytes((organizationId + "/user/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A configured password is never printed; only a published default is. */
    private static String shown(String password, String publishedDefault) {
        return publishedDefault.equals(password) ? password : "(the configured password)";
    }
}
