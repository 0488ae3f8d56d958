package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiEvaluationView;
import com.vivanta.ops.api.ai.AiRunFilter;
import com.vivanta.ops.api.ai.AiRunPage;
import com.vivanta.ops.api.ai.AiRunStatus;
import com.vivanta.ops.api.ai.AiRunSummary;
import com.vivanta.ops.api.ai.AiRunView;
import com.vivanta.ops.api.ai.AiSuggestionFilter;
import com.vivanta.ops.api.ai.AiSuggestionPage;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.FindAiEvaluationsQuery;
import com.vivanta.ops.api.ai.FindAiRunQuery;
import com.vivanta.ops.api.ai.FindAiRunSummaryQuery;
import com.vivanta.ops.api.ai.FindAiRunsQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionsQuery;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequireAnyPermission;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading AI runs, their feedback and evaluation figures, and suggestions — in general or per entity. */
@RestController
@RequestMapping("/api/v1")
class AiQueryController {

    private final QueryGateway queryGateway;

    AiQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Query parameters of {@code GET /ai/runs}; all optional. */
    record RunListParams(AiCapability capability, AiRunStatus status, AiTargetType targetEntityType,
                         UUID targetEntityId, Instant createdFrom, Instant createdTo) {
    }

    /** Query parameters of {@code GET /ai/runs/summary}; all optional. */
    record SummaryParams(AiCapability capability, Instant createdFrom, Instant createdTo) {
    }

    /** Query parameters of {@code GET /ai/suggestions}; all optional. */
    record SuggestionListParams(AiSuggestionType suggestionType, AiSuggestionStatus status,
                                AiTargetType targetEntityType, UUID targetEntityId, Instant createdFrom,
                                Instant createdTo) {
    }

    @GetMapping("/ai/runs")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<List<AiRunView>> runs(@Valid RunListParams params, @Valid Paging paging) {
        AiRunFilter filter = new AiRunFilter(params.capability(), params.status(), params.targetEntityType(),
                                             params.targetEntityId(), params.createdFrom(), params.createdTo());
        return ApiResponse.of(Futures.join(queryGateway.query(
                new FindAiRunsQuery(organizationId(), filter, paging.limitOrDefault(), paging.offsetOrDefault()),
                ResponseTypes.instanceOf(AiRunPage.class))));
    }

    @GetMapping("/ai/runs/summary")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<AiRunSummary> summary(@Valid SummaryParams params) {
        return ApiResponse.of(Futures.join(queryGateway.query(
                new FindAiRunSummaryQuery(organizationId(), params.capability(), params.createdFrom(),
                                          params.createdTo()),
                ResponseTypes.instanceOf(AiRunSummary.class))));
    }

    @GetMapping("/ai/runs/{runId}")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<AiRunView> run(@PathVariable UUID runId) {
        return ApiResponse.of(run(organizationId(), runId));
    }

    @GetMapping("/ai/runs/{runId}/suggestions")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<List<AiSuggestionView>> runSuggestions(@PathVariable UUID runId, @Valid Paging paging) {
        run(organizationId(), runId);
        return ApiResponse.of(suggestions(new AiSuggestionFilter(null, null, null, null, runId, null, null), paging));
    }

    @GetMapping("/ai/runs/{runId}/evaluations")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<List<AiEvaluationView>> evaluations(@PathVariable UUID runId) {
        run(organizationId(), runId);
        return ApiResponse.ofAll(Futures.join(queryGateway.query(
                new FindAiEvaluationsQuery(organizationId(), runId),
                ResponseTypes.multipleInstancesOf(AiEvaluationView.class))));
    }

    @GetMapping("/ai/suggestions")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<List<AiSuggestionView>> suggestions(@Valid SuggestionListParams params, @Valid Paging paging) {
        return ApiResponse.of(suggestions(new AiSuggestionFilter(params.suggestionType(), params.status(),
                                                                 params.targetEntityType(), params.targetEntityId(),
                                                                 null, params.createdFrom(), params.createdTo()),
                                          paging));
    }

    @GetMapping("/ai/suggestions/{suggestionId}")
    @RequireAnyPermission({Permission.AI_READ, Permission.AI_OBSERVE})
    ApiResponse<AiSuggestionView> suggestion(@PathVariable UUID suggestionId) {
        return ApiResponse.of(Futures.join(queryGateway.query(
                        new FindAiSuggestionQuery(organizationId(), suggestionId),
                        ResponseTypes.optionalInstanceOf(AiSuggestionView.class)))
                                     .orElseThrow(() -> new NotFoundException("AI suggestion", suggestionId)));
    }

    /** A case's suggestions, newest first: what an operator weighs on the case screen. */
    @GetMapping("/cases/{caseId}/ai-suggestions")
    @RequirePermissions({Permission.CASE_READ, Permission.AI_READ})
    ApiResponse<List<AiSuggestionView>> caseSuggestions(@PathVariable UUID caseId,
                                                        @Valid SuggestionListParams params, @Valid Paging paging) {
        Futures.join(queryGateway.query(new FindCaseQuery(organizationId(), caseId),
                                        ResponseTypes.optionalInstanceOf(CaseView.class)))
               .orElseThrow(() -> new NotFoundException("Case", caseId));
        return ApiResponse.of(suggestions(new AiSuggestionFilter(params.suggestionType(), params.status(),
                                                                 AiTargetType.CASE, caseId, null,
                                                                 params.createdFrom(), params.createdTo()), paging));
    }

    @GetMapping("/invoices/{invoiceId}/ai-suggestions")
    @RequirePermissions({Permission.INVOICE_READ, Permission.AI_READ})
    ApiResponse<List<AiSuggestionView>> invoiceSuggestions(@PathVariable UUID invoiceId,
                                                           @Valid SuggestionListParams params, @Valid Paging paging) {
        Futures.join(queryGateway.query(new FindInvoiceQuery(organizationId(), invoiceId),
                                        ResponseTypes.optionalInstanceOf(InvoiceView.class)))
               .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        return ApiResponse.of(suggestions(new AiSuggestionFilter(params.suggestionType(), params.status(),
                                                                 AiTargetType.INVOICE, invoiceId, null,
                                                                 params.createdFrom(), params.createdTo()), paging));
    }

    private AiRunView run(UUID organizationId, UUID runId) {
        return Futures.join(queryGateway.query(new FindAiRunQuery(organizationId, runId),
                                               ResponseTypes.optionalInstanceOf(AiRunView.class)))
                      .orElseThrow(() -> new NotFoundException("AI run", runId));
    }

    private AiSuggestionPage suggestions(AiSuggestionFilter filter, Paging paging) {
        return Futures.join(queryGateway.query(new FindAiSuggestionsQuery(organizationId(), filter,
                                                                          paging.limitOrDefault(),
                                                                          paging.offsetOrDefault()),
                                               ResponseTypes.instanceOf(AiSuggestionPage.class)));
    }

    private static UUID organizationId() {
        return CurrentActor.get().organizationId();
    }
}
