package com.vivanta.ops.app.platform;

import com.vivanta.ops.api.cases.CaseOpenedEvent;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A projection that exists only in tests: it fails on cases whose title carries {@link #POISON} until
 * it is healed, so that the dead-letter behaviour of processing groups can be observed.
 */
@Component
@ProcessingGroup(FailingProbeProjection.NAME)
class FailingProbeProjection {

    static final String NAME = "test-failing-probe";
    static final String POISON = "[poison]";

    static final Set<UUID> seen = ConcurrentHashMap.newKeySet();
    static volatile boolean healed;

    @EventHandler
    void on(CaseOpenedEvent event) {
        if (!healed && event.title().contains(POISON)) {
            throw new IllegalStateException("Probe refuses " + event.caseId());
        }
        seen.add(event.caseId());
    }
}
