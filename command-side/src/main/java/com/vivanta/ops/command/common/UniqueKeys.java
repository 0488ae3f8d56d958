package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.DuplicateException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based uniqueness for the command side. An aggregate claims a value in the same database
 * transaction that appends its events, so two concurrent commands can never both win: the second
 * INSERT waits for the first transaction and, once that commits, finds the value taken and the whole
 * command rolls back. Claims are command-side state, never read by queries.
 */
@Component
public class UniqueKeys {

    private final JdbcTemplate jdbc;

    UniqueKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the value for {@code owner}; holding it already is fine, another owner holding it is not. */
    public void claim(UniqueKey key, UUID owner) {
        if (!tryClaim(key, owner)) {
            throw new DuplicateException(key.field(), key.value());
        }
    }

    /** Takes the value for {@code owner} if nobody else holds it; says whether {@code owner} holds it now. */
    public boolean tryClaim(UniqueKey key, UUID owner) {
        int inserted = jdbc.update("""
                                   INSERT INTO unique_key (scope, key_value, owner_id) VALUES (?, ?, ?)
                                   ON CONFLICT (scope, key_value) DO NOTHING
                                   """, key.scope(), key.value(), owner);
        return inserted == 1 || owner.equals(holderOf(key));
    }

    /** Gives the value up, so that others may take it; only its holder can. */
    public void release(UniqueKey key, UUID owner) {
        jdbc.update("DELETE FROM unique_key WHERE scope = ? AND key_value = ? AND owner_id = ?",
                    key.scope(), key.value(), owner);
    }

    /** Moves {@code owner} from one value to another, e.g. when a code is renamed. */
    public void change(UniqueKey from, UniqueKey to, UUID owner) {
        if (from.equals(to)) {
            return;
        }
        claim(to, owner);
        release(from, owner);
    }

    /** Who holds a value of this kind within the container, e.g. every organization, by its slug. */
    public List<UUID> holders(UUID container, String kind) {
        return jdbc.query("SELECT owner_id FROM unique_key WHERE scope = ? ORDER BY claimed_at, owner_id",
                          (rs, row) -> rs.getObject(1, UUID.class), UniqueKey.scope(container, kind));
    }

    private UUID holderOf(UniqueKey key) {
        return jdbc.query("SELECT owner_id FROM unique_key WHERE scope = ? AND key_value = ?",
                          (rs, row) -> rs.getObject(1, UUID.class), key.scope(), key.value())
                   .stream().findFirst().orElse(null);
    }
}
