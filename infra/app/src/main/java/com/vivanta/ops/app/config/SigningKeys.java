package com.vivanta.ops.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the token signing key comes from: the configured secret, or else one generated once and kept in
 * the application's home folder so that restarts do not sign everyone out. A production start refuses
 * anything but a configured, strong secret.
 */
final class SigningKeys {

    static final int MIN_SECRET_BYTES = 32;
    /** Secrets that have been published (the seed's fallback among them) and must never sign tokens. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of("dev-only-super-secret", "changeme", "secret",
                                                             "change-me", "ChangeMe123!");

    private SigningKeys() {
    }

    static SecretKey resolve(String configuredSecret, Path generatedSecretFile, boolean production) {
        if (configuredSecret != null && !configuredSecret.isBlank()) {
            byte[] bytes = configuredSecret.getBytes(StandardCharsets.UTF_8);
            if (KNOWN_DEFAULTS.contains(configuredSecret) || bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("VIVANTA_JWT_SECRET is a known default or shorter than "
                                                        + MIN_SECRET_BYTES + " bytes; configure a strong secret");
            }
            return new SecretKeySpec(bytes, "HmacSHA256");
        }
        if (production) {
            throw new IllegalStateException("The prod profile needs VIVANTA_JWT_SECRET (at least " + MIN_SECRET_BYTES
                                                    + " random bytes); it will not sign tokens with a generated key");
        }
        return new SecretKeySpec(generatedSecret(generatedSecretFile), "HmacSHA256");
    }

    /** Created with its permissions, so that the secret is never readable by others, not even briefly. */
    private static void createReadableByOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the folder's own permissions apply.
        }
    }

    private static byte[] generatedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[64];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.toAbsolutePath().getParent());
            createReadableByOwnerOnly(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the generated signing secret at " + file, e);
        }
    }
}
