package com.vivanta.ops.app.platform;

import com.vivanta.ops.api.cases.CaseOpenedEvent;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A projection that exists only in tests: until it is healed it fails on cases whose title carries
 * {@link #POISON} (by throwing), {@link #SQL_POISON} (by a statement the database refuses, which aborts
 * the batch's transaction) or {@link #COMMIT_POISON} (by failing the batch as it commits), so that the
 * dead-letter and failure behaviour of processing groups can be observed.
 */
@Component
@ProcessingGroup(FailingProbeProjection.NAME)
class FailingProbeProjection {

    static final String NAME = "test-failing-probe";
    static final String POISON = "[poison]";
    static final String SQL_POISON = "[sql-poison]";
    static final String COMMIT_POISON = "[commit-poison]";

    static final Set<UUID> seen = ConcurrentHashMap.newKeySet();
    static volatile boolean healed;

    private final JdbcTemplate jdbc;

    FailingProbeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        if (!healed && event.title().contains(POISON)) {
            throw new IllegalStateException("Probe refuses " + event.caseId());
        }
        if (!healed && event.title().contains(SQL_POISON)) {
            jdbc.queryForObject("SELECT 1 / 0", Integer.class);
        }
        if (event.title().contains(COMMIT_POISON)) {
            // Fails the whole batch as it commits, as a row the database refuses on flush would.
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                if (!healed) {
                    throw new IllegalStateException("Probe refuses to commit " + event.caseId());
                }
            });
        }
        seen.add(event.caseId());
    }
}
