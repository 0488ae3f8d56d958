package com.vivanta.ops.query.owners;

import com.vivanta.ops.api.owners.FindOwnerQuery;
import com.vivanta.ops.api.owners.FindOwnersQuery;
import com.vivanta.ops.api.owners.OwnerDetailsRevisedEvent;
import com.vivanta.ops.api.owners.OwnerPage;
import com.vivanta.ops.api.owners.OwnerRegisteredEvent;
import com.vivanta.ops.api.owners.OwnerStatusChangedEvent;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code owner-directory} read model: one row per owner, for the owner list and detail screens, and
 * for other slices that check an owner id belongs to the caller's organization.
 *
 * <p>Handlers are idempotent: each row remembers the sequence number of the last event it reflects and
 * ignores anything at or below it. Times come from the events, never from the clock, so that a rebuild
 * produces the same rows. After each change the new view is emitted to subscription queries, which is how
 * command endpoints learn that their write is visible.
 */
@Component
@ProcessingGroup(OwnerDirectoryProjection.NAME)
class OwnerDirectoryProjection {

    static final String NAME = "owner-directory";

    // The id breaks ties between owners registered in the same millisecond, so pages never overlap.
    private static final Sort RECENTLY_REGISTERED_FIRST = Sort.by(Sort.Order.desc("createdAt"),
                                                                  Sort.Order.asc("id"));

    private final OwnerRowRepository rows;
    private final AggregateRows<OwnerRow> owners;

    OwnerDirectoryProjection(OwnerRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.owners = new AggregateRows<>(rows, row -> {
            OwnerView view = row.toView();
            emitter.emit(FindOwnerQuery.class, query -> query.ownerId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(OwnerRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        owners.create(event.ownerId(), sequence, at, () -> {
            OwnerRow row = new OwnerRow(event.ownerId(), event.organizationId(), at);
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
    Optional<OwnerView> handle(FindOwnerQuery query) {
        return rows.findByIdAndOrganizationId(query.ownerId(), query.organizationId()).map(OwnerRow::toView);
    }

    @QueryHandler
    OwnerPage handle(FindOwnersQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_REGISTERED_FIRST);
        return window.toPage(rows.findAll(OwnerSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             OwnerRow::toView, OwnerPage::new);
    }
}
