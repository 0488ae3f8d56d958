package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.CaseFilter;
import com.vivanta.ops.api.cases.CasePage;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseQueue;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.cases.FindCaseQueueQuery;
import com.vivanta.ops.api.cases.FindCasesQuery;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import com.vivanta.ops.query.common.EntityHistory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading cases: the list with filters, single cases and the operators' work queues. */
@RestController
@RequestMapping("/api/v1/cases")
@RequirePermissions(Permission.CASE_READ)
class CaseQueryController {

    /** The point-in-time history: the events up to an instant, through the read model's own handlers. */
    private static final EntityHistory.Kind<CaseRow, CaseView> HISTORY =
            new EntityHistory.Kind<>("Case", CaseRowUpdates::new, CaseRow::toView, CaseView::organizationId);

    private final QueryGateway queryGateway;
    private final EntityHistory history;

    CaseQueryController(QueryGateway queryGateway, EntityHistory history) {
        this.queryGateway = queryGateway;
        this.history = history;
    }

    /** Query parameters of {@code GET /cases}; all optional. */
    record CaseListParams(CaseStatus status,
                          CasePriority priority,
                          UUID assignedUserId,
                          UUID propertyId,
                          @Size(max = 200) String search,
                          Instant createdFrom,
                          Instant createdTo) {
    }

    @GetMapping
    ApiResponse<List<CaseView>> list(@Valid CaseListParams params, @Valid Paging paging) {
        CaseFilter filter = new CaseFilter(params.status(), params.priority(), params.assignedUserId(),
                                           params.propertyId(), params.search(), params.createdFrom(),
                                           params.createdTo());
        FindCasesQuery query = new FindCasesQuery(CurrentActor.get().organizationId(), filter,
                                                  paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(page(query));
    }

    @GetMapping("/queues/open")
    ApiResponse<List<CaseView>> openQueue(@Valid Paging paging) {
        return queue(CaseQueue.OPEN, paging);
    }

    @GetMapping("/queues/escalated")
    ApiResponse<List<CaseView>> escalatedQueue(@Valid Paging paging) {
        return queue(CaseQueue.ESCALATED, paging);
    }

    @GetMapping("/queues/waiting")
    ApiResponse<List<CaseView>> waitingQueue(@Valid Paging paging) {
        return queue(CaseQueue.WAITING, paging);
    }

    @GetMapping("/{caseId}")
    ApiResponse<CaseView> get(@PathVariable UUID caseId) {
        FindCaseQuery query = new FindCaseQuery(CurrentActor.get().organizationId(), caseId);
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(CaseView.class)))
                                     .orElseThrow(() -> new NotFoundException("Case", caseId)));
    }

    /**
     * The case as it stood at {@code asOf}, rebuilt from its events up to that instant; the answer's
     * {@code version} is the sequence number of the last of them.
     */
    @GetMapping("/{caseId}/history")
    ApiResponse<CaseView> history(@PathVariable UUID caseId, @RequestParam Instant asOf) {
        return ApiResponse.of(history.asOf(HISTORY, CurrentActor.get().organizationId(), caseId, asOf))
                          .withMeta("asOf", asOf);
    }

    private ApiResponse<List<CaseView>> queue(CaseQueue queue, Paging paging) {
        FindCaseQueueQuery query = new FindCaseQueueQuery(CurrentActor.get().organizationId(), queue,
                                                          paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(page(query));
    }

    private CasePage page(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(CasePage.class)));
    }
}
