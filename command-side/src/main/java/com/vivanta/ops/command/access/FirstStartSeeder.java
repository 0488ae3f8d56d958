package com.vivanta.ops.command.access;

import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.access.OrganizationProvisioning.FirstAdmin;
import com.vivanta.ops.command.access.OrganizationProvisioning.Provisioned;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform operator and the default organization (its four roles and its administrator)
 * exist from the first start, and waits until both accounts can sign in before the application reports
 * itself ready. At every start, the standard roles of all organizations take up permissions added to
 * their defaults since. The production profile refuses the published default passwords.
 */
@Component
@Order(0)
class FirstStartSeeder implements ApplicationRunner {

    static final String DEFAULT_ADMIN_PASSWORD = "ChangeMe123!";
    static final String DEFAULT_PLATFORM_PASSWORD = "ChangeMePlatform123!";

    private static final Logger log = LoggerFactory.getLogger(FirstStartSeeder.class);

    private final OrganizationProvisioning provisioning;
    private final String organizationName;
    private final String organizationSlug;
    private final String adminEmail;
    private final String adminPassword;
    private final String platformEmail;
    private final String platformPassword;

    FirstStartSeeder(OrganizationProvisioning provisioning,
                     @Value("${vivanta.bootstrap.organization-name}") String organizationName,
                     @Value("${vivanta.bootstrap.organization-slug}") String organizationSlug,
                     @Value("${vivanta.bootstrap.admin-email}") String adminEmail,
                     @Value("${vivanta.bootstrap.admin-password}") String adminPassword,
                     @Value("${vivanta.bootstrap.platform-email}") String platformEmail,
                     @Value("${vivanta.bootstrap.platform-password}") String platformPassword,
                     Environment environment) {
        if (environment.matchesProfiles("prod")
                && (DEFAULT_ADMIN_PASSWORD.equals(adminPassword)
                        || DEFAULT_PLATFORM_PASSWORD.equals(platformPassword))) {
            throw new IllegalStateException("The prod profile refuses the published default passwords; set "
                                                    + "VIVANTA_ADMIN_PASSWORD and VIVANTA_PLATFORM_PASSWORD");
        }
        this.provisioning = provisioning;
        this.organizationName = organizationName;
        this.organizationSlug = organizationSlug;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.platformEmail = platformEmail;
        this.platformPassword = platformPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Provisioned platform = provisioning.provisionPlatform(
                new FirstAdmin(seededUserId(WellKnownOrganizations.PLATFORM, "operator"), platformEmail,
                               platformPassword, "Platform", "Operator"),
                MessageMetadata.SYSTEM_USER);
        Provisioned tenant = provisioning.provisionTenant(
                WellKnownOrganizations.DEFAULT, organizationName, organizationSlug,
                new FirstAdmin(seededUserId(WellKnownOrganizations.DEFAULT, "admin"), adminEmail, adminPassword,
                               "System", "Admin"),
                MessageMetadata.SYSTEM_USER);
        provisioning.offerCurrentDefaults();
        if (!platform.visible() || !tenant.visible()) {
            log.warn("The seeded accounts are not visible to sign-in yet; the access projection is lagging");
        }
        if (platform.administratorCreated() || tenant.administratorCreated()) {
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

    private static UUID seededUserId(UUID organizationId, String name) {
        return UUID.nameUUIDFromBytes((organizationId + "/user/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A configured password is never printed; only a published default is. */
    private static String shown(String password, String publishedDefault) {
        return publishedDefault.equals(password) ? password : "(the configured password)";
    }
}
