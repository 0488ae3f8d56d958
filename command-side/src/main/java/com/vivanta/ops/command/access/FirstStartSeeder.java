package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.MessageMetadata;
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
 * Makes sure the default organization, its four roles and its administrator exist from the first start,
 * and waits until the administrator can sign in before the application reports itself ready.
 */
@Component
class FirstStartSeeder implements ApplicationRunner {

    static final UUID DEFAULT_ORGANIZATION_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final String DEFAULT_ADMIN_PASSWORD = "ChangeMe123!";

    private static final Logger log = LoggerFactory.getLogger(FirstStartSeeder.class);

    private final OrganizationProvisioning provisioning;
    private final ReadYourWrites readYourWrites;
    private final String organizationName;
    private final String organizationSlug;
    private final String adminEmail;
    private final String adminPassword;

    FirstStartSeeder(OrganizationProvisioning provisioning,
                     ReadYourWrites readYourWrites,
                     @Value("${vivanta.bootstrap.organization-name}") String organizationName,
                     @Value("${vivanta.bootstrap.organization-slug}") String organizationSlug,
                     @Value("${vivanta.bootstrap.admin-email}") String adminEmail,
                     @Value("${vivanta.bootstrap.admin-password}") String adminPassword,
                     Environment environment) {
        if (environment.matchesProfiles("prod") && DEFAULT_ADMIN_PASSWORD.equals(adminPassword)) {
            throw new IllegalStateException("The prod profile refuses the published default administrator "
                                                    + "password; set VIVANTA_ADMIN_PASSWORD");
        }
        this.provisioning = provisioning;
        this.readYourWrites = readYourWrites;
        this.organizationName = organizationName;
        this.organizationSlug = organizationSlug;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID adminId = UUID.nameUUIDFromBytes((DEFAULT_ORGANIZATION_ID + "/user/admin").getBytes(StandardCharsets.UTF_8));
        boolean created = provisioning.provision(
                DEFAULT_ORGANIZATION_ID, organizationName, organizationSlug,
                new OrganizationProvisioning.FirstAdmin(adminId, adminEmail, adminPassword, "System", "Admin"),
                MessageMetadata.SYSTEM_USER);
        boolean projected = readYourWrites.awaitView(adminId, new FindUserQuery(DEFAULT_ORGANIZATION_ID, adminId),
                                                     UserView.class).isPresent();
        if (!projected) {
            log.warn("The administrator account is not visible to sign-in yet; the access projection is lagging");
        }
        if (created) {
            log.info("""

                     ============================================================
                      First start: organization '{}' created.
                      Sign in as {} with password {}
                      Change it before anyone else can reach this server.
                     ============================================================""",
                     organizationSlug, adminEmail,
                     DEFAULT_ADMIN_PASSWORD.equals(adminPassword) ? adminPassword : "(the configured one)");
        }
    }
}
