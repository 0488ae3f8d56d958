package com.vivanta.ops.command.invoice;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalFlowView;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.FindApprovalFlowQuery;
import com.vivanta.ops.api.approval.FindApprovalRouteQuery;
import com.vivanta.ops.api.approval.FindNteToleranceQuery;
import com.vivanta.ops.api.approval.InvoiceFacts;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.AddInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ChangeInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ClearDuplicateSuspicionCommand;
import com.vivanta.ops.api.invoice.CreateInvoiceCommand;
import com.vivanta.ops.api.invoice.DecideApprovalStepCommand;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.invoice.ExportInvoiceCommand;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.FindSimilarInvoicesQuery;
import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.invoice.ReassignApprovalStepCommand;
import com.vivanta.ops.api.invoice.RejectInvoiceCommand;
import com.vivanta.ops.api.invoice.RemoveInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ReviseInvoiceCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForApprovalCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForReviewCommand;
import com.vivanta.ops.api.invoice.WorkOrderMatch;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.command.common.OwnerApprovalLimits;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.ActorRoles;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing invoices and deciding their approval flows. Each route gathers what the command needs to know
 * about other entities (the vendor, the property's owners and their limit, the work order's state, the
 * policy's route, look-alike invoices), sends one command and answers with the invoice (or its flow) as
 * the read model shows it afterwards.
 */
@RestController
@RequestMapping("/api/v1")
class InvoiceCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final InvoiceSubmissions submissions;
    private final ActorRoles actorRoles;
    private final References references;

    InvoiceCommandController(CommandGateway commandGateway, QueryGateway queryGateway, ReadYourWrites readYourWrites,
                             InvoiceSubmissions submissions, ActorRoles actorRoles, References references) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.submissions = submissions;
        this.actorRoles = actorRoles;
        this.references = references;
    }

    /** What vendors print as invoice numbers; a blank or punctuation-only number identifies nothing. */
    private static final String INVOICE_NUMBER = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#-]*";
    private static final String INVOICE_NUMBER_RULE = "must start with a letter or digit and hold only letters, "
            + "digits, spaces and . _ / # -";

    record LineRequest(@NotNull @Min(1) @Max(9999) Integer lineNumber,
                       @Size(max = 500) String description,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                       BigDecimal quantity,
                       @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal unitPrice,
                       @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
                       @Size(max = 40) String glAccount) {

        InvoiceLine toLine() {
            return new InvoiceLine(lineNumber, description, quantity, unitPrice, taxRate, glAccount);
        }
    }

    record CreateInvoiceRequest(@NotNull UUID vendorId,
                                @NotNull UUID propertyId,
                                UUID workOrderId,
                                UUID sourceDocumentId,
                                @Size(min = 1, max = 60) @Pattern(regexp = INVOICE_NUMBER, message = INVOICE_NUMBER_RULE)
                                String invoiceNumber,
                                LocalDate invoiceDate,
                                LocalDate dueDate,
                                @NotNull
                                @Pattern(regexp = "[A-Za-z]{3}", message = "must be a 3-letter ISO currency code")
                                String currencyCode,
                                ExpenseCategory expenseCategory,
                                @Size(max = 200) List<@Valid @NotNull LineRequest> lines) {
    }

    /** Absent fields stay as they are; {@code null} clears the number or a date. */
    record ReviseInvoiceRequest(Optional<@Size(min = 1, max = 60)
                                         @Pattern(regexp = INVOICE_NUMBER, message = INVOICE_NUMBER_RULE)
                                         String> invoiceNumber,
                                Optional<LocalDate> invoiceDate,
                                Optional<LocalDate> dueDate,
                                ExpenseCategory expenseCategory) {
    }

    record NoteRequest(@Size(max = 500) String note) {
    }

    record ReasonRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
    }

    /** For OWNER steps recorded by staff, {@code channel} and {@code ownerId} say whose answer and how. */
    record DecisionRequest(@Size(min = 2, max = 500) String reason, DecisionChannel channel, UUID ownerId) {
    }

    record ReassignRequest(@Size(max = 20) Set<@NotNull UUID> userIds,
                           @Size(max = 80) String roleName,
                           @NotBlank @Size(min = 2, max = 500) String reason) {

        ReassignRequest {
            userIds = userIds == null ? Set.of() : userIds;
        }
    }

    @PostMapping("/invoices")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> create(@Valid @RequestBody CreateInvoiceRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        references.requireVendor(organizationId, request.vendorId(), "vendorId");
        references.requireProperty(organizationId, request.propertyId(), "propertyId");
        if (request.workOrderId() != null) {
            WorkOrderView workOrder = find(new FindWorkOrderQuery(organizationId, request.workOrderId()),
                                           WorkOrderView.class)
                    .orElseThrow(() -> new InvalidReferenceException("workOrderId", request.workOrderId(),
                                                                     "no such work order in this organization"));
            if (!request.propertyId().equals(workOrder.propertyId())) {
                throw new InvalidReferenceException("workOrderId", request.workOrderId(),
                                                    "the work order is for another property");
            }
        }
        if (request.sourceDocumentId() != null) {
            // Documents arrive with their own issue; until then no id can be checked, so none is taken.
            throw new InvalidReferenceException("sourceDocumentId", request.sourceDocumentId(),
                                                "documents cannot be linked yet");
        }
        UUID invoiceId = UUID.randomUUID();
        List<InvoiceLine> lines = request.lines() == null ? List.of()
                : request.lines().stream().map(LineRequest::toLine).toList();
        commandGateway.sendAndWait(new CreateInvoiceCommand(
                invoiceId, request.vendorId(), request.propertyId(), request.workOrderId(), null,
                request.invoiceNumber(), request.invoiceDate(), request.dueDate(),
                request.currencyCode().toUpperCase(Locale.ROOT),
                request.expenseCategory() != null ? request.expenseCategory()
                        : ExpenseCategory.REPAIRS_AND_MAINTENANCE, lines));
        return readYourWrites.created(invoiceId, location(invoiceId), new FindInvoiceQuery(organizationId, invoiceId),
                                      InvoiceView.class);
    }

    @PatchMapping("/invoices/{invoiceId}")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID invoiceId,
                                          @Valid @RequestBody ReviseInvoiceRequest request) {
        return send(invoiceId, new ReviseInvoiceCommand(invoiceId, request.invoiceNumber(), request.invoiceDate(),
                                                        request.dueDate(), request.expenseCategory()));
    }

    @PostMapping("/invoices/{invoiceId}/lines")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> addLine(@PathVariable UUID invoiceId, @Valid @RequestBody LineRequest request) {
        commandGateway.sendAndWait(new AddInvoiceLineCommand(invoiceId, request.toLine()));
        return readYourWrites.created(invoiceId, location(invoiceId), invoiceQuery(invoiceId), InvoiceView.class);
    }

    @PutMapping("/invoices/{invoiceId}/lines/{lineNumber}")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> changeLine(@PathVariable UUID invoiceId, @PathVariable int lineNumber,
                                              @Valid @RequestBody LineRequest request) {
        if (request.lineNumber() != lineNumber) {
            throw new InvalidReferenceException("lineNumber", request.lineNumber(),
                                                "must be the line number in the path, " + lineNumber);
        }
        return send(invoiceId, new ChangeInvoiceLineCommand(invoiceId, request.toLine()));
    }

    @DeleteMapping("/invoices/{invoiceId}/lines/{lineNumber}")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> removeLine(@PathVariable UUID invoiceId, @PathVariable int lineNumber) {
        return send(invoiceId, new RemoveInvoiceLineCommand(invoiceId, lineNumber));
    }

    @PostMapping("/invoices/{invoiceId}/submit-for-review")
    @RequirePermissions(Permission.INVOICE_REVIEW)
    ResponseEntity<ApiResponse<?>> submitForReview(@PathVariable UUID invoiceId,
                                                   @Valid @RequestBody(required = false) NoteRequest request) {
        return send(invoiceId, submissions.forReview(CurrentActor.get().organizationId(), invoiceId,
                                                     request == null ? null : request.note()));
    }

    /** The policy decides the route: the seed's {@code approverUserIds} is not taken. */
    @PostMapping("/invoices/{invoiceId}/submit-for-approval")
    @RequirePermissions(Permission.INVOICE_REVIEW)
    ResponseEntity<ApiResponse<?>> submitForApproval(@PathVariable UUID invoiceId) {
        return send(invoiceId, submissions.forApproval(CurrentActor.get().organizationId(), invoiceId,
                                                       route -> route));
    }

    @PostMapping("/invoices/{invoiceId}/reject")
    @RequirePermissions({Permission.INVOICE_APPROVE})
    ResponseEntity<ApiResponse<?>> reject(@PathVariable UUID invoiceId, @Valid @RequestBody ReasonRequest request) {
        return send(invoiceId, new RejectInvoiceCommand(invoiceId, request.reason()));
    }

    @PostMapping("/invoices/{invoiceId}/clear-duplicate")
    @RequirePermissions(Permission.INVOICE_REVIEW)
    ResponseEntity<ApiResponse<?>> clearDuplicate(@PathVariable UUID invoiceId,
                                                  @Valid @RequestBody ReasonRequest request) {
        return send(invoiceId, new ClearDuplicateSuspicionCommand(invoiceId, request.reason()));
    }

    @PostMapping("/invoices/{invoiceId}/export")
    @RequirePermissions(Permission.INVOICE_WRITE)
    ResponseEntity<ApiResponse<?>> export(@PathVariable UUID invoiceId) {
        UUID exportId = UUID.randomUUID();
        commandGateway.sendAndWait(new ExportInvoiceCommand(invoiceId, exportId));
        return readYourWrites.created(invoiceId, URI.create("/api/v1/invoices/exports/" + exportId),
                                      invoiceQuery(invoiceId), InvoiceView.class);
    }

    @PostMapping("/approval-flows/{flowId}/approve")
    @RequirePermissions({Permission.INVOICE_APPROVE, Permission.APPROVAL_WRITE})
    ResponseEntity<ApiResponse<?>> approve(@PathVariable UUID flowId,
                                           @Valid @RequestBody(required = false) DecisionRequest request) {
        return decide(flowId, ApprovalDecision.APPROVE, request);
    }

    @PostMapping("/approval-flows/{flowId}/reject")
    @RequirePermissions({Permission.INVOICE_APPROVE, Permission.APPROVAL_WRITE})
    ResponseEntity<ApiResponse<?>> rejectStep(@PathVariable UUID flowId,
                                              @Valid @RequestBody(required = false) DecisionRequest request) {
        return decide(flowId, ApprovalDecision.REJECT, request);
    }

    @PostMapping("/approval-flows/{flowId}/request-changes")
    @RequirePermissions({Permission.INVOICE_APPROVE, Permission.APPROVAL_WRITE})
    ResponseEntity<ApiResponse<?>> requestChanges(@PathVariable UUID flowId,
                                                  @Valid @RequestBody(required = false) DecisionRequest request) {
        return decide(flowId, ApprovalDecision.REQUEST_CHANGES, request);
    }

    @PostMapping("/approval-flows/{flowId}/reassign")
    @RequirePermissions(Permission.APPROVAL_ADMIN)
    ResponseEntity<ApiResponse<?>> reassign(@PathVariable UUID flowId, @Valid @RequestBody ReassignRequest request) {
        ApprovalFlowView flow = flow(flowId);
        UUID organizationId = CurrentActor.get().organizationId();
        request.userIds().forEach(userId -> references.requireActiveUser(organizationId, userId, "userIds"));
        if (request.roleName() != null && !references.roleNames(organizationId).contains(request.roleName())) {
            throw new InvalidReferenceException("roleName", request.roleName(), "no such role in this organization");
        }
        commandGateway.sendAndWait(new ReassignApprovalStepCommand(flow.targetEntityId(), flowId,
                                                                   request.userIds(), request.roleName(),
                                                                   request.reason()));
        return flowAfterwards(flow);
    }

    private ResponseEntity<ApiResponse<?>> decide(UUID flowId, ApprovalDecision decision, DecisionRequest request) {
        Actor actor = CurrentActor.get();
        ApprovalFlowView flow = flow(flowId);
        DecisionRequest given = request != null ? request : new DecisionRequest(null, null, null);
        commandGateway.sendAndWait(new DecideApprovalStepCommand(flow.targetEntityId(), flowId, decision,
                                                                 given.reason(), actorRoles.namesOf(actor),
                                                                 actor.holds(Permission.INVOICE_APPROVE_OVER_NTE),
                                                                 given.channel(), given.ownerId()));
        return flowAfterwards(flow);
    }

    /** The flow as its read model shows it once it holds the decision (its version is the invoice's). */
    private ResponseEntity<ApiResponse<?>> flowAfterwards(ApprovalFlowView flow) {
        return readYourWrites.updated(flow.targetEntityId(), URI.create("/api/v1/approval-flows/" + flow.id()),
                                      new FindApprovalFlowQuery(CurrentActor.get().organizationId(), flow.id()),
                                      ApprovalFlowView.class);
    }

    private ApprovalFlowView flow(UUID flowId) {
        return find(new FindApprovalFlowQuery(CurrentActor.get().organizationId(), flowId), ApprovalFlowView.class)
                .orElseThrow(() -> new NotFoundException("Approval flow", flowId));
    }







    private <V> Optional<V> find(Object query, Class<V> viewType) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(viewType)));
    }

    private ResponseEntity<ApiResponse<?>> send(UUID invoiceId, Object command) {
        commandGateway.sendAndWait(command);
        return readYourWrites.updated(invoiceId, location(invoiceId), invoiceQuery(invoiceId), InvoiceView.class);
    }

    private static FindInvoiceQuery invoiceQuery(UUID invoiceId) {
        return new FindInvoiceQuery(CurrentActor.get().organizationId(), invoiceId);
    }

    private static URI location(UUID invoiceId) {
        return URI.create("/api/v1/invoices/" + invoiceId);
    }
}
