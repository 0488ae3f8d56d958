package com.vivanta.ops.query.vendors;

import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.FindVendorsQuery;
import com.vivanta.ops.api.vendors.VendorComplianceUpdatedEvent;
import com.vivanta.ops.api.vendors.VendorDetailsRevisedEvent;
import com.vivanta.ops.api.vendors.VendorPage;
import com.vivanta.ops.api.vendors.VendorRegisteredEvent;
import com.vivanta.ops.api.vendors.VendorStatusChangedEvent;
import com.vivanta.ops.api.vendors.VendorView;
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
 * The {@code vendor-directory} read model: one row per vendor with its service regions, for the vendor
 * list, detail screens and compliance checks.
 *
 * <p>Handlers are idempotent: each row remembers the sequence number of the last event it reflects and
 * ignores anything at or below it. Times come from the events, never from the clock, so a rebuild
 * produces the same rows. After each change the new view is emitted to subscription queries, which is
 * how command endpoints learn that their write is visible.
 */
@Component
@ProcessingGroup(VendorDirectoryProjection.NAME)
class VendorDirectoryProjection {

    static final String NAME = "vendor-directory";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final VendorRowRepository rows;
    private final AggregateRows<VendorRow> vendors;

    VendorDirectoryProjection(VendorRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.vendors = new AggregateRows<>(rows, row -> {
            VendorView view = row.toView();
            emitter.emit(FindVendorQuery.class, query -> query.vendorId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        });
    }

    @EventHandler
    void on(VendorRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        vendors.create(event.vendorId(), sequence, at, () -> {
            VendorRow row = new VendorRow(event.vendorId(), event.organizationId(), at);
            row.details(event.name(), event.vendorType(), event.email(), event.phone(), event.tradeCategory(),
                        event.serviceRegions(), event.taxId());
            row.status(event.status());
            row.compliance(event.insuranceExpiresOn(), event.licenceExpiresOn(), event.w9OnFile());
            return row;
        });
    }

    @EventHandler
    void on(VendorDetailsRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        vendors.change(event.vendorId(), sequence, at,
                       row -> row.details(event.name(), event.vendorType(), event.email(), event.phone(),
                                          event.tradeCategory(), event.serviceRegions(), event.taxId()));
    }

    @EventHandler
    void on(VendorStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        vendors.change(event.vendorId(), sequence, at, row -> row.status(event.status()));
    }

    @EventHandler
    void on(VendorComplianceUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        vendors.change(event.vendorId(), sequence, at,
               row -> row.compliance(event.insuranceExpiresOn(), event.licenceExpiresOn(), event.w9OnFile()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch(); // service regions go with them (ON DELETE CASCADE)
    }

    @QueryHandler
    Optional<VendorView> handle(FindVendorQuery query) {
        return rows.findByIdAndOrganizationId(query.vendorId(), query.organizationId()).map(VendorRow::toView);
    }

    @QueryHandler
    VendorPage handle(FindVendorsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), NEWEST_FIRST);
        return window.toPage(rows.findAll(VendorSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             VendorRow::toView, VendorPage::new);
    }
}
