package com.vivanta.ops.command.workorder;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindSlaPolicyQuery;
import com.vivanta.ops.api.organization.SlaPolicy;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.VendorCompliance;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.api.workorder.AssignWorkOrderVendorCommand;
import com.vivanta.ops.api.workorder.CancelWorkOrderCommand;
import com.vivanta.ops.api.workorder.CompleteWorkOrderCommand;
import com.vivanta.ops.api.workorder.CreateWorkOrderCommand;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.HoldWorkOrderCommand;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.RecordOwnerDecisionCommand;
import com.vivanta.ops.api.workorder.RecordVendorAcceptanceCommand;
import com.vivanta.ops.api.workorder.RecordVendorDeclineCommand;
import com.vivanta.ops.api.workorder.ReopenWorkOrderCommand;
import com.vivanta.ops.api.workorder.ResumeWorkOrderCommand;
import com.vivanta.ops.api.workorder.ReviseWorkOrderCommand;
import com.vivanta.ops.api.workorder.ScheduleWorkOrderCommand;
import com.vivanta.ops.api.workorder.StartWorkOrderCommand;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.command.common.OwnerApprovalLimits;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing work orders: raise one on a case, revise it, and one action route per lifecycle step. Each
 * route looks up what the command needs to know about other entities (the case, the vendor's compliance
 * today, the owners' approval limit, the SLA targets), sends one command and answers with the work order
 * as the read model shows it afterwards.
 */
@RestController
@RequestMapping("/api/v1")
class WorkOrderCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final OwnerApprovalLimits approvalLimits;
    private final Clock clock;

    WorkOrderCommandController(CommandGateway commandGateway, QueryGateway queryGateway,
                               ReadYourWrites readYourWrites, OwnerApprovalLimits approvalLimits, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.approvalLimits = approvalLimits;
        this.clock = clock;
    }

    record CreateWorkOrderRequest(@Size(min = 2, max = 40)
                                  @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#-]*",
                                           message = "must start with a letter or digit and hold only letters, "
                                                   + "digits, spaces and . _ / # -")
                                  String workOrderNumber,
                                  @Size(min = 2, max = 200) String title,
                                  @Size(max = 5000) String description,
                                  @Size(max = 80) String trade,
                                  CasePriority priority,
                                  Instant slaDueAt,
                                  Money estimate,
                                  Money notToExceed) {
    }

    /** Absent fields stay as they are; {@code null} clears a clearable field and is refused for the title. */
    record ReviseWorkOrderRequest(Optional<@NotBlank @Size(min = 2, max = 200) String> title,
                                  Optional<@Size(max = 5000) String> description,
                                  Optional<@Size(max = 80) String> trade,
                                  Optional<Instant> slaDueAt,
                                  Optional<Money> estimate,
                                  Optional<Money> notToExceed) {
    }

    record AssignVendorRequest(@NotNull UUID vendorId,
                               @Size(min = 5, max = 500) String overrideReason) {
    }

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ScheduleRequest(@NotNull Instant scheduledFor) {
    }

    record CompleteRequest(@Size(max = 2000) String note, Money actualCost) {
    }

    record OwnerDecisionRequest(@NotNull OwnerDecision decision,
                                @Size(max = 500) String reason,
                                @NotNull DecisionChannel channel,
                                @NotNull UUID ownerId) {
    }

    @PostMapping("/cases/{caseId}/work-orders")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> create(@PathVariable UUID caseId,
                                          @Valid @RequestBody CreateWorkOrderRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        CaseView workCase = Futures.join(queryGateway.query(new FindCaseQuery(organizationId, caseId),
                                                            ResponseTypes.optionalInstanceOf(CaseView.class)))
                                   .orElseThrow(() -> new NotFoundException("Case", caseId));
        CasePriority priority = request.priority() != null ? request.priority() : workCase.priority();
        SlaPolicy sla = Futures.join(queryGateway.query(new FindSlaPolicyQuery(organizationId),
                                                        ResponseTypes.instanceOf(SlaPolicy.class)));
        UUID workOrderId = UUID.randomUUID();
        commandGateway.sendAndWait(new CreateWorkOrderCommand(
                workOrderId, caseId, request.workOrderNumber(),
                request.title() != null ? request.title() : workCase.title(),
                request.description(), request.trade(), priority, workCase.propertyId(), workCase.unitId(),
                request.slaDueAt(), sla.targetFor(priority), request.estimate(), request.notToExceed(),
                approvalLimits.forProperty(organizationId, workCase.propertyId())));
        return readYourWrites.created(workOrderId, location(workOrderId),
                                      new FindWorkOrderQuery(organizationId, workOrderId), WorkOrderView.class);
    }

    @PatchMapping("/work-orders/{workOrderId}")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID workOrderId,
                                          @Valid @RequestBody ReviseWorkOrderRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        // Only a new ceiling is measured against the owners' limit; fetch it only then.
        UUID propertyId = request.notToExceed() == null ? null : current(workOrderId).propertyId();
        return send(workOrderId, new ReviseWorkOrderCommand(workOrderId, changeOrNull(request.title()),
                                                            request.description(), request.trade(),
                                                            request.slaDueAt(), request.estimate(),
                                                            request.notToExceed(),
                                                            approvalLimits.forProperty(organizationId, propertyId)));
    }

    @PostMapping("/work-orders/{workOrderId}/assign-vendor")
    @RequirePermissions(Permission.WORKORDER_ASSIGN)
    ResponseEntity<ApiResponse<?>> assignVendor(@PathVariable UUID workOrderId,
                                                @Valid @RequestBody AssignVendorRequest request) {
        if (request.overrideReason() != null && !CurrentActor.get().holds(Permission.WORKORDER_OVERRIDE)) {
            throw new PermissionDeniedException("Overriding the vendor compliance check needs workorder.override",
                                                List.of(Permission.WORKORDER_OVERRIDE.key()), "all-of");
        }
        VendorView vendor = Futures.join(queryGateway.query(
                        new FindVendorQuery(CurrentActor.get().organizationId(), request.vendorId()),
                        ResponseTypes.optionalInstanceOf(VendorView.class)))
                .orElseThrow(() -> new InvalidReferenceException("vendorId", request.vendorId(),
                                                                 "no such vendor in this organization"));
        VendorCompliance compliance = VendorCompliance.assess(vendor, LocalDate.now(clock));
        return send(workOrderId, new AssignWorkOrderVendorCommand(workOrderId, request.vendorId(), compliance,
                                                                  request.overrideReason()));
    }

    @PostMapping("/work-orders/{workOrderId}/accept")
    @RequirePermissions(Permission.WORKORDER_ASSIGN)
    ResponseEntity<ApiResponse<?>> recordAcceptance(@PathVariable UUID workOrderId) {
        return send(workOrderId, new RecordVendorAcceptanceCommand(workOrderId));
    }

    @PostMapping("/work-orders/{workOrderId}/decline")
    @RequirePermissions(Permission.WORKORDER_ASSIGN)
    ResponseEntity<ApiResponse<?>> recordDecline(@PathVariable UUID workOrderId,
                                                 @Valid @RequestBody ReasonRequest request) {
        return send(workOrderId, new RecordVendorDeclineCommand(workOrderId, request.reason()));
    }

    @PostMapping("/work-orders/{workOrderId}/schedule")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> schedule(@PathVariable UUID workOrderId,
                                            @Valid @RequestBody ScheduleRequest request) {
        return send(workOrderId, new ScheduleWorkOrderCommand(workOrderId, request.scheduledFor()));
    }

    @PostMapping("/work-orders/{workOrderId}/start")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> start(@PathVariable UUID workOrderId) {
        return send(workOrderId, new StartWorkOrderCommand(workOrderId));
    }

    @PostMapping("/work-orders/{workOrderId}/mark-complete")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> complete(@PathVariable UUID workOrderId,
                                            @Valid @RequestBody(required = false) CompleteRequest request) {
        CompleteRequest completion = request != null ? request : new CompleteRequest(null, null);
        return send(workOrderId, new CompleteWorkOrderCommand(workOrderId, completion.note(),
                                                              completion.actualCost()));
    }

    @PostMapping("/work-orders/{workOrderId}/hold")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> hold(@PathVariable UUID workOrderId, @Valid @RequestBody ReasonRequest request) {
        return send(workOrderId, new HoldWorkOrderCommand(workOrderId, request.reason()));
    }

    @PostMapping("/work-orders/{workOrderId}/resume")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> resume(@PathVariable UUID workOrderId) {
        return send(workOrderId, new ResumeWorkOrderCommand(workOrderId));
    }

    @PostMapping("/work-orders/{workOrderId}/cancel")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> cancel(@PathVariable UUID workOrderId, @Valid @RequestBody ReasonRequest request) {
        return send(workOrderId, new CancelWorkOrderCommand(workOrderId, request.reason()));
    }

    @PostMapping("/work-orders/{workOrderId}/reopen")
    @RequirePermissions(Permission.WORKORDER_WRITE)
    ResponseEntity<ApiResponse<?>> reopen(@PathVariable UUID workOrderId, @Valid @RequestBody ReasonRequest request) {
        return send(workOrderId, new ReopenWorkOrderCommand(workOrderId, request.reason()));
    }

    /**
     * Staff record an owner's answer that came by phone or e-mail; answers given in the owner portal are
     * recorded there, by the owner.
     */
    @PostMapping("/work-orders/{workOrderId}/owner-decision")
    @RequirePermissions(Permission.WORKORDER_OWNER_DECISION)
    ResponseEntity<ApiResponse<?>> recordOwnerDecision(@PathVariable UUID workOrderId,
                                                       @Valid @RequestBody OwnerDecisionRequest request) {
        return send(workOrderId, new RecordOwnerDecisionCommand(workOrderId, request.decision(), request.reason(),
                                                                request.channel(), request.ownerId()));
    }

    private ResponseEntity<ApiResponse<?>> send(UUID workOrderId, Object command) {
        commandGateway.sendAndWait(command);
        return readYourWrites.updated(workOrderId, location(workOrderId),
                                      new FindWorkOrderQuery(CurrentActor.get().organizationId(), workOrderId),
                                      WorkOrderView.class);
    }

    private WorkOrderView current(UUID workOrderId) {
        return Futures.join(queryGateway.query(new FindWorkOrderQuery(CurrentActor.get().organizationId(),
                                                                      workOrderId),
                                               ResponseTypes.optionalInstanceOf(WorkOrderView.class)))
                      .orElseThrow(() -> new NotFoundException("WorkOrder", workOrderId));
    }

    private static URI location(UUID workOrderId) {
        return URI.create("/api/v1/work-orders/" + workOrderId);
    }
}
