package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.owners.OwnerDetailsRevisedEvent;
import com.vivanta.ops.api.owners.OwnerRegisteredEvent;
import com.vivanta.ops.api.owners.OwnerStatusChangedEvent;
import com.vivanta.ops.api.portal.FindPortalOwnerQuery;
import com.vivanta.ops.api.portal.PortalOwnerView;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The {@code portal-owner} read model: the owner records portal users stand for, with only what the owner
 * may see of their own record. Idempotent through {@link AggregateRows}; times come from the events.
 */
@Component
@ProcessingGroup(PortalOwnerProjection.NAME)
class PortalOwnerProjection {

    static final String NAME = "portal-owner";

    private final PortalOwnerRows rows;
    private final AggregateRows<PortalOwnerRow> owners;

    PortalOwnerProjection(PortalOwnerRows rows) {
        this.rows = rows;
        this.owners = new AggregateRows<>(rows, row -> { });
    }

    @EventHandler
    void on(OwnerRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        owners.create(event.ownerId(), sequence, at, () -> {
            PortalOwnerRow row = new PortalOwnerRow(event.ownerId(), event.organizationId());
            row.details(event.displayName(), event.email(), event.phone(), event.isCompany());
            row.status(event.status());
            return row;
        });
    }

    @EventHandler
    void on(OwnerDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        owners.change(event.ownerId(), sequence, at,
                      row -> row.details(event.displayName(), event.email(), event.phone(), event.isCompany()));
    }

    @EventHandler
    void on(OwnerStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        owners.change(event.ownerId(), sequence, at, row -> row.status(event.status()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PortalOwnerView> handle(FindPortalOwnerQuery query) {
        return rows.findByIdAndOrganizationId(query.ownerId(), query.organizationId()).map(PortalOwnerRow::toView);
    }
}
