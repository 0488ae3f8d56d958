package com.vivanta.ops.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path home;

    @Test
    void productionRefusesToStartWithoutAConfiguredSecret() {
        assertThatThrownBy(() -> SigningKeys.resolve("", home.resolve("jwt-secret"), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VIVANTA_JWT_SECRET");
    }

    @Test
    void refusesPublishedDefaultsAndShortSecretsEverywhere() {
        assertThatThrownBy(() -> SigningKeys.resolve("dev-only-super-secret", home.resolve("s"), false))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SigningKeys.resolve("too-short", home.resolve("s"), true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void usesAStrongConfiguredSecret() {
        SecretKey key = SigningKeys.resolve("a-configured-secret-of-at-least-32-bytes!", home.resolve("s"), true);
        assertThat(key.getEncoded()).hasSize(41);
    }

    @Test
    void generatesASecretOnceAndKeepsItAcrossRestarts() {
        SecretKey first = SigningKeys.resolve(null, home.resolve("jwt-secret"), false);
        SecretKey second = SigningKeys.resolve(null, home.resolve("jwt-secret"), false);
        assertThat(first.getEncoded()).hasSize(64).isEqualTo(second.getEncoded());
    }
}
