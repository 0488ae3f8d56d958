package com.vivanta.ops.command.ai.config;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The API keys of provider configurations, kept out of the event stream and out of every read model. Writes
 * join the transaction of the configuration command that causes them, so a configuration and its key are
 * stored together or not at all. Providers read a key by the configuration's id when they call out.
 */
@Component
public class AiProviderKeys {

    private final JdbcTemplate jdbc;

    AiProviderKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key to call the configured provider with, if one is stored. */
    public Optional<String> keyOf(UUID configId) {
        return jdbc.query("SELECT api_key FROM ai_provider_key WHERE config_id = ?",
                          (rs, row) -> rs.getString(1), configId).stream().findFirst();
    }

    void store(UUID configId, String apiKey) {
        jdbc.update("""
                    INSERT INTO ai_provider_key (config_id, api_key, changed_at) VALUES (?, ?, now())
                    ON CONFLICT (config_id) DO UPDATE SET api_key = excluded.api_key, changed_at = now()
                    """, configId, apiKey);
    }

    void remove(UUID configId) {
        jdbc.update("DELETE FROM ai_provider_key WHERE config_id = ?", configId);
    }
}
