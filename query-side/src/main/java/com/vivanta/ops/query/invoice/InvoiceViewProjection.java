package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.FindInvoiceByExportQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQueueQuery;
import com.vivanta.ops.api.invoice.FindInvoicesQuery;
import com.vivanta.ops.api.invoice.FindSimilarInvoicesQuery;
import com.vivanta.ops.api.invoice.InvoicePage;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.query.common.AggregateRows;
import com.vivanta.ops.query.common.OffsetPageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The {@code invoice-view} read model: one row per vendor invoice with its lines, for lists, the
 * accounts-payable queues, details, the accounting export and the soft duplicate check. Totals are the
 * aggregate's, copied from the events. Each event is applied once ({@link AggregateRows}); after each
 * change the new view is emitted to subscription queries, which is how command endpoints learn that their
 * write is visible.
 * Its event handlers are {@link InvoiceRowUpdates}'s, bound here to the stored rows.
 */
@Component
@ProcessingGroup(InvoiceViewProjection.NAME)
class InvoiceViewProjection extends InvoiceRowUpdates {

    static final String NAME = "invoice-view";

    private static final Sort RECENTLY_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));

    private final InvoiceRowRepository rows;

    InvoiceViewProjection(InvoiceRowRepository rows, QueryUpdateEmitter emitter) {
        super(new AggregateRows<>(rows, row -> {
            InvoiceView view = row.toView();
            emitter.emit(FindInvoiceQuery.class, query -> query.invoiceId().equals(view.id())
                    && query.organizationId().equals(view.organizationId()), view);
        }));
        this.rows = rows;
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch(); // lines go with them (ON DELETE CASCADE)
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoiceQuery query) {
        return rows.findByIdAndOrganizationId(query.invoiceId(), query.organizationId()).map(InvoiceRow::toView);
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoiceByExportQuery query) {
        return rows.findByExportIdAndOrganizationId(query.exportId(), query.organizationId())
                   .map(InvoiceRow::toView);
    }

    @QueryHandler
    InvoicePage handle(FindInvoicesQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_CHANGED_FIRST);
        return window.toPage(rows.findAll(InvoiceSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             InvoiceRow::toView, InvoicePage::new);
    }

    @QueryHandler
    InvoicePage handle(FindInvoiceQueueQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), OLDEST_FIRST);
        return window.toPage(rows.findAll(InvoiceSpecifications.inQueue(query.organizationId(), query.queue()),
                                          window),
                             InvoiceRow::toView, InvoicePage::new);
    }

    /** Ids of look-alike invoices, oldest first; an invoice without a vendor, date or total has none. */
    @QueryHandler
    List<UUID> handle(FindSimilarInvoicesQuery query) {
        if (query.vendorId() == null || query.total() == null || query.invoiceDate() == null) {
            return List.of();
        }
        return rows.findAll(InvoiceSpecifications.similarTo(query.organizationId(), query.invoiceId(),
                                                            query.vendorId(), query.total(), query.invoiceDate()),
                            OLDEST_FIRST)
                   .stream().map(InvoiceRow::id).toList();
    }
}
