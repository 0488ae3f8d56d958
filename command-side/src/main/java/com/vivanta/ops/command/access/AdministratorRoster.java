package com.vivanta.ops.command.access;

import com.vivanta.ops.api.common.RuleViolationException;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every organization with at least one active administrator, so that nobody (an administrator
 * included) can lock an organization out of its own settings. The rule spans users, so it is kept in a
 * command-side table written in the same transaction as the user's events; changes for one organization
 * are serialised by a transaction-scoped advisory lock, since two administrators demoting each other at
 * the same moment must not both succeed.
 */
@Component
class AdministratorRoster {

    static final String LAST_ADMINISTRATOR = "LAST_ADMINISTRATOR";

    private final JdbcTemplate jdbc;

    AdministratorRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records whether the user is an active administrator now, refusing to leave the organization without one. */
    void update(UUID organizationId, UUID userId, boolean wasAdministrator, boolean isAdministrator) {
        if (wasAdministrator == isAdministrator) {
            return;
        }
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                          "organization-administrators/" + organizationId);
        if (isAdministrator) {
            jdbc.update("INSERT INTO organization_administrator (organization_id, user_id) VALUES (?, ?) "
                                + "ON CONFLICT DO NOTHING", organizationId, userId);
            return;
        }
        Integer others = jdbc.queryForObject("SELECT count(*) FROM organization_administrator "
                                                     + "WHERE organization_id = ? AND user_id <> ?",
                                             Integer.class, organizationId, userId);
        if (others == null || others == 0) {
            throw new RuleViolationException(LAST_ADMINISTRATOR,
                                             "The organization would be left without an active administrator",
                                             Map.of("userId", userId.toString()));
        }
        jdbc.update("DELETE FROM organization_administrator WHERE organization_id = ? AND user_id = ?",
                    organizationId, userId);
    }
}
