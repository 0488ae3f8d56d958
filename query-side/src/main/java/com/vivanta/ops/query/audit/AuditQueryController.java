package com.vivanta.ops.query.audit;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.audit.AuditEntryPage;
import com.vivanta.ops.api.audit.AuditEntryView;
import com.vivanta.ops.api.audit.AuditFilter;
import com.vivanta.ops.api.audit.FindAuditEntriesQuery;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's audit log: every event of its entities, newest first, as JSON pages or as a CSV file
 * (the same entries for the same parameters).
 */
@RestController
@RequestMapping("/api/v1/audit/events")
@RequirePermissions(Permission.AUDIT_READ)
class AuditQueryController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queryGateway;

    AuditQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Query parameters of the audit log; all optional; {@code from} inclusive, {@code to} exclusive. */
    record AuditParams(@Size(max = 255) String entityType,
                       @Size(max = 255) String entityId,
                       @Size(max = 255) String actorUserId,
                       @Size(max = 255) String eventType,
                       Instant from,
                       Instant to) {

        AuditFilter filter() {
            if (from != null && to != null && !to.isAfter(from)) {
                throw new InvalidValueException("to", to, "must be after from");
            }
            return new AuditFilter(entityType, entityId, actorUserId, eventType, from, to);
        }
    }

    /** The export's window: up to 10,000 entries at once (default 1,000); page on with {@code offset}. */
    record ExportWindow(@Min(1) @Max(10_000) Integer limit, @Min(0) Integer offset) {
    }

    @GetMapping
    ApiResponse<List<AuditEntryView>> list(@Valid AuditParams params, @Valid Paging paging) {
        return ApiResponse.of(page(params, paging.limitOrDefault(), paging.offsetOrDefault()));
    }

    /** The CSV file ({@link AuditCsv}); {@code X-Total-Count} tells how many entries match in all. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@Valid AuditParams params, @Valid ExportWindow window) {
        AuditEntryPage page = page(params, window.limit() == null ? 1_000 : window.limit(),
                                   window.offset() == null ? 0 : window.offset());
        return ResponseEntity.ok()
                             .contentType(TEXT_CSV)
                             .header("X-Total-Count", String.valueOf(page.total()))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename("audit-events.csv").build().toString())
                             .body(AuditCsv.of(page.items()).getBytes(StandardCharsets.UTF_8));
    }

    private AuditEntryPage page(AuditParams params, int limit, int offset) {
        FindAuditEntriesQuery query = new FindAuditEntriesQuery(CurrentActor.get().organizationId(), params.filter(),
                                                                limit, offset);
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(AuditEntryPage.class)));
    }
}
