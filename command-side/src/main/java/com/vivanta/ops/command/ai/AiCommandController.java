package com.vivanta.ops.command.ai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiEvaluationOutcome;
import com.vivanta.ops.api.ai.AiEvaluationView;
import com.vivanta.ops.api.ai.AiRunView;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.EvaluateAiRunCommand;
import com.vivanta.ops.api.ai.FindAiEvaluationsQuery;
import com.vivanta.ops.api.ai.FindAiRunQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionQuery;
import com.vivanta.ops.api.ai.RejectAiSuggestionCommand;
import com.vivanta.ops.api.ai.RetryAiRunCommand;
import com.vivanta.ops.api.cases.ApplyCaseAiSuggestionCommand;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.ApplyInvoiceAiSuggestionCommand;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.command.ai.AiAssistant.Caller;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.RequestTrace;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acting on AI runs and suggestions: runs on request, retries, feedback, rejection, and applying a
 * suggestion to the entity it is about through that entity's own command.
 */
@RestController
@RequestMapping("/api/v1")
class AiCommandController {

    private final AiAssistant assistant;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;

    AiCommandController(AiAssistant assistant, CommandGateway commandGateway, QueryGateway queryGateway,
                        ReadYourWrites readYourWrites) {
        this.assistant = assistant;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
    }

    /** {@code targetEntityType} and {@code targetEntityId} come together or not at all. */
    record RunRequest(@NotNull AiCapability capability, AiTargetType targetEntityType, UUID targetEntityId,
                      ObjectNode inputJson) {
    }

    record RetryRequest(@Size(max = 500) String reason) {
    }

    record EvaluationRequest(@NotNull AiEvaluationOutcome outcome,
                             @DecimalMin("0") @DecimalMax("1") Double score,
                             @Size(max = 800) String notes) {
    }

    record RejectRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
    }

    /** Values to change before applying, by field name; none to apply the suggestion as proposed. */
    record ApplyRequest(@Size(max = 20) Map<@NotBlank String, @NotNull @Size(max = 200) String> edits) {

        ApplyRequest {
            edits = edits == null ? Map.of() : edits;
        }
    }

    record ApplyToEntityRequest(@NotNull UUID suggestionId,
                                @Size(max = 20) Map<@NotBlank String, @NotNull @Size(max = 200) String> edits) {

        ApplyToEntityRequest {
            edits = edits == null ? Map.of() : edits;
        }
    }

    @PostMapping("/ai/runs")
    @RequirePermissions(Permission.AI_WRITE)
    ResponseEntity<ApiResponse<?>> run(@Valid @RequestBody RunRequest request) {
        if ((request.targetEntityType() == null) != (request.targetEntityId() == null)) {
            throw new InvalidValueException(request.targetEntityType() == null ? "targetEntityType" : "targetEntityId",
                                            null, "targetEntityType and targetEntityId come together");
        }
        AiTarget target = request.targetEntityType() == null ? null
                : new AiTarget(request.targetEntityType(), request.targetEntityId());
        UUID runId = assistant.runOnRequest(caller(), request.capability(), target, request.inputJson());
        return readYourWrites.created(runId, runLocation(runId), runQuery(runId), AiRunView.class);
    }

    @PostMapping("/ai/runs/{runId}/retry")
    @RequirePermissions(Permission.AI_WRITE)
    ResponseEntity<ApiResponse<?>> retry(@PathVariable UUID runId, @Valid @RequestBody(required = false)
                                         RetryRequest request) {
        commandGateway.sendAndWait(new RetryAiRunCommand(runId, request == null ? null : request.reason()));
        // The provider is asked again in the background; the run shows RUNNING until it answers.
        return readYourWrites.respond(HttpStatus.ACCEPTED, runId, runLocation(runId), runQuery(runId),
                                      AiRunView.class, run -> run);
    }

    @PostMapping("/ai/runs/{runId}/evaluations")
    @RequirePermissions(Permission.AI_EVALUATE)
    ResponseEntity<ApiResponse<?>> evaluateRun(@PathVariable UUID runId,
                                               @Valid @RequestBody EvaluationRequest request) {
        return evaluate(runId, null, request);
    }

    @PostMapping("/ai/suggestions/{suggestionId}/evaluations")
    @RequirePermissions(Permission.AI_EVALUATE)
    ResponseEntity<ApiResponse<?>> evaluateSuggestion(@PathVariable UUID suggestionId,
                                                      @Valid @RequestBody EvaluationRequest request) {
        return evaluate(suggestion(suggestionId).runId(), suggestionId, request);
    }

    @PostMapping("/ai/suggestions/{suggestionId}/reject")
    @RequirePermissions(Permission.AI_WRITE)
    ResponseEntity<ApiResponse<?>> reject(@PathVariable UUID suggestionId, @Valid @RequestBody RejectRequest request) {
        commandGateway.sendAndWait(new RejectAiSuggestionCommand(suggestionId, request.reason()));
        return readYourWrites.updated(suggestionId, suggestionLocation(suggestionId), suggestionQuery(suggestionId),
                                      AiSuggestionView.class);
    }

    /** Applies a suggestion to whatever it is about, with the permission that entity's change needs. */
    @PostMapping("/ai/suggestions/{suggestionId}/apply")
    @RequirePermissions(Permission.AI_WRITE)
    ResponseEntity<ApiResponse<?>> apply(@PathVariable UUID suggestionId, @Valid @RequestBody(required = false)
                                         ApplyRequest request) {
        AiTarget target = suggestion(suggestionId).target();
        Map<String, String> edits = request == null ? Map.of() : request.edits();
        return switch (target.entityType()) {
            case CASE -> applyToCase(target.entityId(), suggestionId, edits);
            case INVOICE -> applyToInvoice(target.entityId(), suggestionId, edits);
        };
    }

    @PostMapping("/cases/{caseId}/apply-ai-suggestion")
    @RequirePermissions(Permission.CASE_WRITE)
    ResponseEntity<ApiResponse<?>> applyToCase(@PathVariable UUID caseId,
                                               @Valid @RequestBody ApplyToEntityRequest request) {
        return applyToCase(caseId, request.suggestionId(), request.edits());
    }

    @PostMapping("/invoices/{invoiceId}/apply-routing-suggestion")
    @RequirePermissions(Permission.INVOICE_REVIEW)
    ResponseEntity<ApiResponse<?>> applyToInvoice(@PathVariable UUID invoiceId,
                                                  @Valid @RequestBody ApplyToEntityRequest request) {
        return applyToInvoice(invoiceId, request.suggestionId(), request.edits());
    }

    private ResponseEntity<ApiResponse<?>> applyToCase(UUID caseId, UUID suggestionId, Map<String, String> edits) {
        require(Permission.CASE_WRITE);
        commandGateway.sendAndWait(new ApplyCaseAiSuggestionCommand(caseId, suggestionId, edits));
        return readYourWrites.updated(caseId, URI.create("/api/v1/cases/" + caseId),
                                      new FindCaseQuery(organizationId(), caseId), CaseView.class);
    }

    private ResponseEntity<ApiResponse<?>> applyToInvoice(UUID invoiceId, UUID suggestionId,
                                                          Map<String, String> edits) {
        require(Permission.INVOICE_REVIEW);
        commandGateway.sendAndWait(new ApplyInvoiceAiSuggestionCommand(invoiceId, suggestionId, edits));
        return readYourWrites.updated(invoiceId, URI.create("/api/v1/invoices/" + invoiceId),
                                      new FindInvoiceQuery(organizationId(), invoiceId), InvoiceView.class);
    }

    private ResponseEntity<ApiResponse<?>> evaluate(UUID runId, UUID suggestionId, EvaluationRequest request) {
        UUID evaluationId = UUID.randomUUID();
        commandGateway.sendAndWait(new EvaluateAiRunCommand(runId, evaluationId, suggestionId, request.outcome(),
                                                            request.score(), request.notes()));
        return readYourWrites.respond(HttpStatus.CREATED, runId, runLocation(runId), runQuery(runId), AiRunView.class,
                                      run -> evaluations(runId).stream()
                                                               .filter(evaluation -> evaluation.id().equals(evaluationId))
                                                               .findFirst().orElseThrow());
    }

    private List<AiEvaluationView> evaluations(UUID runId) {
        return Futures.join(queryGateway.query(new FindAiEvaluationsQuery(organizationId(), runId),
                                               ResponseTypes.multipleInstancesOf(AiEvaluationView.class)));
    }

    private AiSuggestionView suggestion(UUID suggestionId) {
        return Futures.join(queryGateway.query(suggestionQuery(suggestionId),
                                               ResponseTypes.optionalInstanceOf(AiSuggestionView.class)))
                      .orElseThrow(() -> new NotFoundException("AI suggestion", suggestionId));
    }

    private static void require(Permission permission) {
        if (!CurrentActor.get().holds(permission)) {
            throw new PermissionDeniedException(List.of(permission.key()), "ALL");
        }
    }

    private static Caller caller() {
        Actor actor = CurrentActor.get();
        return new Caller(actor.organizationId(), actor.userId().toString(),
                          RequestTrace.current().map(RequestTrace::correlationId).orElse(null));
    }

    private static UUID organizationId() {
        return CurrentActor.get().organizationId();
    }

    private static FindAiRunQuery runQuery(UUID runId) {
        return new FindAiRunQuery(organizationId(), runId);
    }

    private static FindAiSuggestionQuery suggestionQuery(UUID suggestionId) {
        return new FindAiSuggestionQuery(organizationId(), suggestionId);
    }

    private static URI runLocation(UUID runId) {
        return URI.create("/api/v1/ai/runs/" + runId);
    }

    private static URI suggestionLocation(UUID suggestionId) {
        return URI.create("/api/v1/ai/suggestions/" + suggestionId);
    }
}
