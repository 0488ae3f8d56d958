package com.vivanta.ops.command.access;

import com.vivanta.ops.command.common.Normalization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-ins with e-mails that match no account exactly as accounts throttle themselves (see
 * {@link UserAccount}): otherwise the first 429 would tell an attacker which addresses exist. Keeps only
 * a hash of the address, and only for the length of the window.
 */
@Component
class UnknownAccountThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnknownAccountThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the address has failed too often lately; if not, this failure is counted. */
    boolean throttledAfterFailing(String email) {
        String key = hash(Normalization.comparable(email, "email"));
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(UserAccount.THROTTLE_WINDOW));
        jdbc.update("DELETE FROM unknown_sign_in_failure WHERE failed_at < ?", windowStart);
        Integer failures = jdbc.queryForObject("SELECT count(*) FROM unknown_sign_in_failure "
                                                       + "WHERE email_hash = ? AND failed_at >= ?",
                                               Integer.class, key, windowStart);
        if (failures != null && failures >= UserAccount.FAILURES_BEFORE_THROTTLE) {
            return true;
        }
        jdbc.update("INSERT INTO unknown_sign_in_failure (email_hash, failed_at) VALUES (?, ?)", key,
                    Timestamp.from(now));
        return false;
    }

    private static String hash(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(email.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
