package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.portal.FindPortalPropertiesQuery;
import com.vivanta.ops.api.portal.FindPortalPropertyQuery;
import com.vivanta.ops.api.portal.PortalPropertyPage;
import com.vivanta.ops.api.portal.PortalPropertyView;
import com.vivanta.ops.api.properties.OwnerLinkedEvent;
import com.vivanta.ops.api.properties.OwnerUnlinkedEvent;
import com.vivanta.ops.api.properties.OwnershipRevisedEvent;
import com.vivanta.ops.api.properties.PropertyArchivedEvent;
import com.vivanta.ops.api.properties.PropertyDetailsRevisedEvent;
import com.vivanta.ops.api.properties.PropertyRegisteredEvent;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyStatusChangedEvent;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code portal-property} read model: properties (code, name, address, type, status; never the
 * manager or other internal fields) and their ownerships, which decide everything an owner may see in the
 * portal. Ownerships are events of the property, so the property row's version keeps them idempotent too.
 */
@Component
@ProcessingGroup(PortalPropertyProjection.NAME)
class PortalPropertyProjection {

    static final String NAME = "portal-property";

    private final PortalPropertyRows rows;
    private final PortalOwnershipRows ownerships;
    private final AggregateRows<PortalPropertyRow> properties;
    private final Clock clock;

    PortalPropertyProjection(PortalPropertyRows rows, PortalOwnershipRows ownerships,
                             Clock clock) {
        this.rows = rows;
        this.ownerships = ownerships;
        this.properties = new AggregateRows<>(rows, row -> { });
        this.clock = clock;
    }

    @EventHandler
    void on(PropertyRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.create(event.propertyId(), sequence, at, () -> {
            PortalPropertyRow row = new PortalPropertyRow(event.propertyId(), event.organizationId());
            row.details(event.propertyCode(), event.name(), event.address(), event.propertyType());
            row.status(event.status());
            return row;
        });
    }

    @EventHandler
    void on(PropertyDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at,
                          row -> row.details(event.propertyCode(), event.name(), event.address(),
                                             event.propertyType()));
    }

    @EventHandler
    void on(PropertyStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at, row -> row.status(event.status()));
    }

    @EventHandler
    void on(PropertyArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at, row -> row.status(PropertyStatus.ARCHIVED));
    }

    @EventHandler
    void on(OwnerLinkedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at, property -> {
            PortalOwnershipRow ownership = new PortalOwnershipRow(
                    new PortalOwnershipRow.Key(event.propertyId(), event.ownerId()), property.organizationId(), at);
            ownership.terms(event.ownership());
            ownerships.save(ownership);
        });
    }

    @EventHandler
    void on(OwnershipRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at,
                          property -> ownerships.findById(new PortalOwnershipRow.Key(event.propertyId(),
                                                                                     event.ownerId()))
                                                .ifPresent(ownership -> ownership.terms(event.ownership())));
    }

    @EventHandler
    void on(OwnerUnlinkedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        properties.change(event.propertyId(), sequence, at,
                          property -> ownerships.deleteById(new PortalOwnershipRow.Key(event.propertyId(),
                                                                                       event.ownerId())));
    }

    @ResetHandler
    void reset() {
        ownerships.deleteAllInBatch();
        rows.deleteAllInBatch();
    }

    @QueryHandler
    PortalPropertyPage handle(FindPortalPropertiesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), Sort.unsorted());
        return window.toPage(rows.findHeld(query.scope().organizationId(), query.scope().ownerId(), today(), window),
                             PortalPropertyProjection::toView, PortalPropertyPage::new);
    }

    @QueryHandler
    Optional<PortalPropertyView> handle(FindPortalPropertyQuery query) {
        return rows.findHeld(query.scope().organizationId(), query.scope().ownerId(), today(), query.propertyId())
                   .stream().findFirst().map(PortalPropertyProjection::toView);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static PortalPropertyView toView(Object[] propertyAndOwnership) {
        PortalOwnershipRow ownership = (PortalOwnershipRow) propertyAndOwnership[1];
        return ((PortalPropertyRow) propertyAndOwnership[0]).toView(ownership.toTerms());
    }
}
