package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.DuplicateCheckStatus;
import com.vivanta.ops.api.invoice.FindInvoiceByExportQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQueueQuery;
import com.vivanta.ops.api.invoice.FindInvoicesQuery;
import com.vivanta.ops.api.invoice.InvoiceFilter;
import com.vivanta.ops.api.invoice.InvoiceLineView;
import com.vivanta.ops.api.invoice.InvoicePage;
import com.vivanta.ops.api.invoice.InvoiceQueue;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import com.vivanta.ops.query.common.EntityHistory;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading vendor invoices: the list with filters, single invoices and their lines, the accounts-payable
 * queues, and the accounting export file.
 */
@RestController
@RequestMapping("/api/v1/invoices")
@RequirePermissions(Permission.INVOICE_READ)
class InvoiceQueryController {

    /** The point-in-time history: the events up to an instant, through the read model's own handlers. */
    private static final EntityHistory.Kind<InvoiceRow, InvoiceView> HISTORY =
            new EntityHistory.Kind<>("Invoice", InvoiceRowUpdates::new, InvoiceRow::toView,
                                     InvoiceView::organizationId);

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queryGateway;
    private final EntityHistory history;

    InvoiceQueryController(QueryGateway queryGateway, EntityHistory history) {
        this.queryGateway = queryGateway;
        this.history = history;
    }

    /** Query parameters of {@code GET /invoices}; all optional, dates as {@code 2025-01-31}. */
    record InvoiceListParams(InvoiceStatus status,
                             UUID vendorId,
                             UUID propertyId,
                             UUID workOrderId,
                             UUID sourceDocumentId,
                             DuplicateCheckStatus duplicateCheckStatus,
                             @DateTimeFormat(iso = ISO.DATE) LocalDate invoiceDateFrom,
                             @DateTimeFormat(iso = ISO.DATE) LocalDate invoiceDateTo,
                             @DateTimeFormat(iso = ISO.DATE) LocalDate dueDateFrom,
                             @DateTimeFormat(iso = ISO.DATE) LocalDate dueDateTo) {
    }

    @GetMapping
    ApiResponse<List<InvoiceView>> list(@Valid InvoiceListParams params, @Valid Paging paging) {
        InvoiceFilter filter = new InvoiceFilter(params.status(), params.vendorId(), params.propertyId(),
                                                 params.workOrderId(), params.sourceDocumentId(),
                                                 params.duplicateCheckStatus(), params.invoiceDateFrom(),
                                                 params.invoiceDateTo(), params.dueDateFrom(), params.dueDateTo());
        return ApiResponse.of(page(new FindInvoicesQuery(CurrentActor.get().organizationId(), filter,
                                                         paging.limitOrDefault(), paging.offsetOrDefault())));
    }

    @GetMapping("/queues/pending-review")
    @RequirePermissions({Permission.INVOICE_READ, Permission.INVOICE_REVIEW})
    ApiResponse<List<InvoiceView>> pendingReviewQueue(@Valid Paging paging) {
        return queue(InvoiceQueue.PENDING_REVIEW, paging);
    }

    @GetMapping("/queues/pending-approval")
    @RequirePermissions({Permission.INVOICE_READ, Permission.INVOICE_APPROVE})
    ApiResponse<List<InvoiceView>> pendingApprovalQueue(@Valid Paging paging) {
        return queue(InvoiceQueue.PENDING_APPROVAL, paging);
    }

    @GetMapping("/queues/exceptions")
    @RequirePermissions({Permission.INVOICE_READ, Permission.INVOICE_REVIEW})
    ApiResponse<List<InvoiceView>> exceptionsQueue(@Valid Paging paging) {
        return queue(InvoiceQueue.EXCEPTIONS, paging);
    }

    @GetMapping("/{invoiceId}")
    ApiResponse<InvoiceView> get(@PathVariable UUID invoiceId) {
        return ApiResponse.of(invoice(invoiceId));
    }

    /**
     * The invoice as it stood at {@code asOf}, rebuilt from its events up to that instant; the answer's
     * {@code version} is the sequence number of the last of them.
     */
    @GetMapping("/{invoiceId}/history")
    ApiResponse<InvoiceView> history(@PathVariable UUID invoiceId, @RequestParam Instant asOf) {
        return ApiResponse.of(history.asOf(HISTORY, CurrentActor.get().organizationId(), invoiceId, asOf))
                          .withMeta("asOf", asOf);
    }

    /** The lines in line-number order; unpaged, like the seed's. */
    @GetMapping("/{invoiceId}/lines")
    ApiResponse<List<InvoiceLineView>> lines(@PathVariable UUID invoiceId) {
        return ApiResponse.ofAll(invoice(invoiceId).lines());
    }

    /** The accounting export file of an exported invoice (format: {@link InvoiceExportCsv}). */
    @GetMapping("/exports/{exportId}")
    ResponseEntity<byte[]> export(@PathVariable UUID exportId) {
        UUID organizationId = CurrentActor.get().organizationId();
        InvoiceView invoice = Futures.join(queryGateway.query(new FindInvoiceByExportQuery(organizationId, exportId),
                                                              ResponseTypes.optionalInstanceOf(InvoiceView.class)))
                                     .orElseThrow(() -> new NotFoundException("Invoice export", exportId));
        String vendorName = Optional.ofNullable(invoice.vendorId())
                                    .flatMap(vendorId -> Futures.join(queryGateway.query(
                                            new FindVendorQuery(organizationId, vendorId),
                                            ResponseTypes.optionalInstanceOf(VendorView.class))))
                                    .map(VendorView::name).orElse(null);
        String propertyCode = Optional.ofNullable(invoice.propertyId())
                                      .flatMap(propertyId -> Futures.join(queryGateway.query(
                                              new FindPropertyQuery(organizationId, propertyId),
                                              ResponseTypes.optionalInstanceOf(PropertyView.class))))
                                      .map(PropertyView::propertyCode).orElse(null);
        byte[] file = InvoiceExportCsv.of(invoice, vendorName, propertyCode).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                             .contentType(TEXT_CSV)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename("invoice-export-" + exportId + ".csv")
                                                       .build().toString())
                             .body(file);
    }

    private InvoiceView invoice(UUID invoiceId) {
        FindInvoiceQuery query = new FindInvoiceQuery(CurrentActor.get().organizationId(), invoiceId);
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(InvoiceView.class)))
                      .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
    }

    private ApiResponse<List<InvoiceView>> queue(InvoiceQueue queue, Paging paging) {
        return ApiResponse.of(page(new FindInvoiceQueueQuery(CurrentActor.get().organizationId(), queue,
                                                             paging.limitOrDefault(), paging.offsetOrDefault())));
    }

    private InvoicePage page(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(InvoicePage.class)));
    }
}
