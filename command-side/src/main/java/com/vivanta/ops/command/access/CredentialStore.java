package com.vivanta.ops.command.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Password hashes, kept out of the event stream. Writes join the transaction of the command that
 * causes them, so a user and their credential are stored together or not at all.
 */
@Component
public class CredentialStore {

    private final JdbcTemplate jdbc;

    CredentialStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID userId, String passwordHash) {
        jdbc.update("""
                    INSERT INTO user_credential (user_id, password_hash, changed_at) VALUES (?, ?, now())
                    ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, changed_at = now()
                    """, userId, passwordHash);
    }

    Optional<String> passwordHashOf(UUID userId) {
        return jdbc.query("SELECT password_hash FROM user_credential WHERE user_id = ?",
                          (rs, row) -> rs.getString(1), userId).stream().findFirst();
    }
}
