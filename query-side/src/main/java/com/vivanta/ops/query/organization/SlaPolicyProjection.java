package com.vivanta.ops.query.organization;

import com.vivanta.ops.api.organization.FindSlaPolicyQuery;
import com.vivanta.ops.api.organization.FindSlaPolicyViewQuery;
import com.vivanta.ops.api.organization.OrganizationSlaPolicyChangedEvent;
import com.vivanta.ops.api.organization.SlaPolicy;
import com.vivanta.ops.api.organization.SlaPolicyView;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * The {@code sla-policy} read model: each organization's own SLA targets, which work orders take their
 * due time from. An organization that never set any has no row and is answered with
 * {@link SlaPolicy#DEFAULT}.
 */
@Component
@ProcessingGroup(SlaPolicyProjection.NAME)
class SlaPolicyProjection {

    static final String NAME = "sla-policy";

    private final SlaPolicyRowRepository rows;
    private final AggregateRows<SlaPolicyRow> policies;

    SlaPolicyProjection(SlaPolicyRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.policies = new AggregateRows<>(rows, row -> {
            SlaPolicyView view = row.toView();
            emitter.emit(FindSlaPolicyViewQuery.class,
                         query -> query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(OrganizationSlaPolicyChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        policies.createOrChange(event.organizationId(), sequence, at, () -> new SlaPolicyRow(event.organizationId()),
                                row -> row.targets(event.resolutionTargets()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch(); // the targets go with them (ON DELETE CASCADE)
    }

    @QueryHandler
    SlaPolicy handle(FindSlaPolicyQuery query) {
        return rows.findById(query.organizationId()).map(SlaPolicyRow::toPolicy).orElse(SlaPolicy.DEFAULT);
    }

    @QueryHandler
    Optional<SlaPolicyView> handle(FindSlaPolicyViewQuery query) {
        return Optional.of(rows.findById(query.organizationId()).map(SlaPolicyRow::toView)
                               .orElseGet(() -> SlaPolicyView.defaultsOf(query.organizationId())));
    }
}
