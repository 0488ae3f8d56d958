package com.vivanta.ops.command.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class FirstStartSeederTest {

    @Test
    void productionRefusesThePublishedPasswords() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        assertThatThrownBy(() -> new FirstStartSeeder(null, "Org", "org", "admin@x.test",
                                                      FirstStartSeeder.DEFAULT_ADMIN_PASSWORD, "op@x.test",
                                                      "a-strong-platform-password", production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VIVANTA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new FirstStartSeeder(null, "Org", "org", "admin@x.test",
                                                      "a-strong-admin-password", "op@x.test",
                                                      FirstStartSeeder.DEFAULT_PLATFORM_PASSWORD, production))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void developmentAcceptsThemSoThatTheFirstStartJustWorks() {
        new FirstStartSeeder(null, "Org", "org", "admin@x.test", FirstStartSeeder.DEFAULT_ADMIN_PASSWORD,
                             "op@x.test", FirstStartSeeder.DEFAULT_PLATFORM_PASSWORD, new MockEnvironment());
    }
}
