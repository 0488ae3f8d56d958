package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.properties.BuildingAddedEvent;
import com.vivanta.ops.api.properties.BuildingRevisedEvent;
import com.vivanta.ops.api.properties.BuildingView;
import com.vivanta.ops.api.properties.FindBuildingsQuery;
import com.vivanta.ops.api.properties.FindOwnershipsQuery;
import com.vivanta.ops.api.properties.FindPropertiesQuery;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.FindPropertySummaryQuery;
import com.vivanta.ops.api.properties.FindUnitQuery;
import com.vivanta.ops.api.properties.FindUnitsQuery;
import com.vivanta.ops.api.properties.OwnerLinkedEvent;
import com.vivanta.ops.api.properties.OwnerUnlinkedEvent;
import com.vivanta.ops.api.properties.OwnershipRevisedEvent;
import com.vivanta.ops.api.properties.OwnershipView;
import com.vivanta.ops.api.properties.PropertyArchivedEvent;
import com.vivanta.ops.api.properties.PropertyDetailsRevisedEvent;
import com.vivanta.ops.api.properties.PropertyManagerChangedEvent;
import com.vivanta.ops.api.properties.PropertyPage;
import com.vivanta.ops.api.properties.PropertyRegisteredEvent;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyStatusChangedEvent;
import com.vivanta.ops.api.properties.PropertySummary;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.properties.UnitAddedEvent;
import com.vivanta.ops.api.properties.UnitPage;
import com.vivanta.ops.api.properties.UnitRevisedEvent;
import com.vivanta.ops.api.properties.UnitView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.time.Instant;
import java.util.List;
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
 * The {@code property-directory} read model: properties, their buildings, units and ownerships.
 *
 * <p>Every event of a property, whatever part it concerns, advances the property row's version; that
 * version is the idempotency guard for the whole aggregate, and the version command endpoints wait for.
 */
@Component
@ProcessingGroup(PropertyDirectoryProjection.NAME)
class PropertyDirectoryProjection {

    static final String NAME = "property-directory";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

    private final PropertyRowRepository properties;
    private final BuildingRowRepository buildings;
    private final UnitRowRepository units;
    private final OwnershipRowRepository ownerships;
    private final AggregateRows<PropertyRow> propertyRows;

    PropertyDirectoryProjection(PropertyRowRepository properties, BuildingRowRepository buildings,
                                UnitRowRepository units, OwnershipRowRepository ownerships,
                                QueryUpdateEmitter emitter) {
        this.properties = properties;
        this.buildings = buildings;
        this.units = units;
        this.ownerships = ownerships;
        this.propertyRows = new AggregateRows<>(properties, row -> {
            PropertyView view = row.toView();
            emitter.emit(FindPropertyQuery.class, query -> query.propertyId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(PropertyRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.create(event.propertyId(), sequence, at, () -> {
            PropertyRow row = new PropertyRow(event.propertyId(), event.organizationId(), at);
            row.details(event.propertyCode(), event.name(), event.address(), event.propertyType());
            row.status(event.status());
            row.manager(event.managerUserId());
            return row;
        });
    }

    @EventHandler
    void on(PropertyDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at,
               row -> row.details(event.propertyCode(), event.name(), event.address(), event.propertyType()));
    }

    @EventHandler
    void on(PropertyStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, row -> row.status(event.status()));
    }

    @EventHandler
    void on(PropertyManagerChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, row -> row.manager(event.managerUserId()));
    }

    @EventHandler
    void on(PropertyArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, row -> row.status(PropertyStatus.ARCHIVED));
    }

    @EventHandler
    void on(BuildingAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, property -> {
            BuildingRow building = new BuildingRow(event.buildingId(), event.propertyId(), property.organizationId(),
                                                   at);
            building.revised(event.name(), event.buildingCode(), at);
            buildings.save(building);
        });
    }

    @EventHandler
    void on(BuildingRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at,
                            property -> buildings.findById(event.buildingId())
                                                 .ifPresent(building -> building.revised(event.name(),
                                                                                         event.buildingCode(), at)));
    }

    @EventHandler
    void on(UnitAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, property -> {
            UnitRow unit = new UnitRow(event.unitId(), event.propertyId(), property.organizationId(), at);
            unit.revised(event.unitNumber(), event.details(), at);
            units.save(unit);
        });
    }

    @EventHandler
    void on(UnitRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at,
                            property -> units.findById(event.unitId())
                                             .ifPresent(unit -> unit.revised(event.unitNumber(), event.details(), at)));
    }

    @EventHandler
    void on(OwnerLinkedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at, property -> {
            OwnershipRow ownership = new OwnershipRow(new OwnershipRow.Key(event.propertyId(), event.ownerId()),
                                                      property.organizationId(), at);
            ownership.terms(event.ownership(), at);
            ownerships.save(ownership);
        });
    }

    @EventHandler
    void on(OwnershipRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at,
               property -> ownerships.findById(new OwnershipRow.Key(event.propertyId(), event.ownerId()))
                                     .ifPresent(ownership -> ownership.terms(event.ownership(), at)));
    }

    @EventHandler
    void on(OwnerUnlinkedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        propertyRows.change(event.propertyId(), sequence, at,
               property -> ownerships.deleteById(new OwnershipRow.Key(event.propertyId(), event.ownerId())));
    }

    @ResetHandler
    void reset() {
        ownerships.deleteAllInBatch();
        units.deleteAllInBatch();
        buildings.deleteAllInBatch();
        properties.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PropertyView> handle(FindPropertyQuery query) {
        return properties.findByIdAndOrganizationId(query.propertyId(), query.organizationId())
                         .map(PropertyRow::toView);
    }

    @QueryHandler
    PropertyPage handle(FindPropertiesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(properties.findAll(DirectorySpecifications.properties(query.organizationId(),
                                                                                   query.filter()), window),
                             PropertyRow::toView, PropertyPage::new);
    }

    @QueryHandler
    Optional<PropertySummary> handle(FindPropertySummaryQuery query) {
        return properties.findByIdAndOrganizationId(query.propertyId(), query.organizationId())
                         .map(row -> new PropertySummary(row.toView(), buildings.countByPropertyId(row.id()),
                                                         units.countByPropertyId(row.id()),
                                                         ownerships.countByKeyPropertyId(row.id())));
    }

    @QueryHandler
    List<BuildingView> handle(FindBuildingsQuery query) {
        return buildings.findByPropertyIdAndOrganizationIdOrderByCreatedAtAscIdAsc(query.propertyId(),
                                                                                   query.organizationId())
                        .stream().map(BuildingRow::toView).toList();
    }

    @QueryHandler
    UnitPage handle(FindUnitsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), OLDEST_FIRST);
        return window.toPage(units.findAll(DirectorySpecifications.units(query.organizationId(), query.propertyId(),
                                                                         query.filter()), window),
                             UnitRow::toView, UnitPage::new);
    }

    @QueryHandler
    Optional<UnitView> handle(FindUnitQuery query) {
        return units.findByIdAndPropertyIdAndOrganizationId(query.unitId(), query.propertyId(), query.organizationId())
                    .map(UnitRow::toView);
    }

    @QueryHandler
    List<OwnershipView> handle(FindOwnershipsQuery query) {
        List<OwnershipRow> rows = query.ownerId() != null
                ? ownerships.findByKeyOwnerIdAndOrganizationIdOrderByLinkedAt(query.ownerId(), query.organizationId())
                : ownerships.findByKeyPropertyIdAndOrganizationIdOrderByLinkedAt(query.propertyId(),
                                                                                 query.organizationId());
        return rows.stream().map(OwnershipRow::toView).toList();
    }
}
