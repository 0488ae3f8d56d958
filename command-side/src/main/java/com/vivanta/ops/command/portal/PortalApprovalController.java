package com.vivanta.ops.command.portal;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.DecideApprovalStepCommand;
import com.vivanta.ops.api.portal.FindPortalInvoiceApprovalQuery;
import com.vivanta.ops.api.portal.FindPortalWorkOrderApprovalQuery;
import com.vivanta.ops.api.portal.PortalApprovalStatus;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalScope;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.OwnerDecision;
import com.vivanta.ops.api.workorder.RecordOwnerDecisionCommand;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.PortalOwners;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner portal's only writes: an owner approves or declines what waits for their answer, a work order's
 * cost or an invoice's OWNER step. They go through the aggregates' own commands with channel PORTAL; the
 * aggregates accept such an answer only from the portal user of the owner it is given for, so this
 * controller only finds the approval in the owner's scope (404 when the owner may not see it).
 */
@RestController
@RequestMapping("/api/v1/portal/approvals")
@RequirePermissions(Permission.PORTAL_READ)
class PortalApprovalController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final PortalOwners portalOwners;

    PortalApprovalController(CommandGateway commandGateway, QueryGateway queryGateway, ReadYourWrites readYourWrites,
                             PortalOwners portalOwners) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.portalOwners = portalOwners;
    }

    /** An approval may say why; it is optional. */
    record ApproveRequest(@Size(max = 500) String reason) {
    }

    /** A decline must say why, for the manager who has to find another way. */
    record DeclineRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/work-orders/{workOrderId}/approve")
    ResponseEntity<ApiResponse<?>> approveWorkOrder(@PathVariable UUID workOrderId,
                                                    @Valid @RequestBody(required = false) ApproveRequest request) {
        return answerWorkOrder(workOrderId, OwnerDecision.APPROVE, request == null ? null : request.reason());
    }

    @PostMapping("/work-orders/{workOrderId}/decline")
    ResponseEntity<ApiResponse<?>> declineWorkOrder(@PathVariable UUID workOrderId,
                                                    @Valid @RequestBody DeclineRequest request) {
        return answerWorkOrder(workOrderId, OwnerDecision.DECLINE, request.reason());
    }

    @PostMapping("/invoices/{invoiceId}/approve")
    ResponseEntity<ApiResponse<?>> approveInvoice(@PathVariable UUID invoiceId,
                                                  @Valid @RequestBody(required = false) ApproveRequest request) {
        return answerInvoice(invoiceId, ApprovalDecision.APPROVE, request == null ? null : request.reason());
    }

    @PostMapping("/invoices/{invoiceId}/decline")
    ResponseEntity<ApiResponse<?>> declineInvoice(@PathVariable UUID invoiceId,
                                                  @Valid @RequestBody DeclineRequest request) {
        return answerInvoice(invoiceId, ApprovalDecision.REJECT, request.reason());
    }

    private ResponseEntity<ApiResponse<?>> answerWorkOrder(UUID workOrderId, OwnerDecision decision, String reason) {
        PortalScope scope = portalOwners.scope();
        FindPortalWorkOrderApprovalQuery query = new FindPortalWorkOrderApprovalQuery(scope, workOrderId);
        find(query, workOrderId);
        commandGateway.sendAndWait(new RecordOwnerDecisionCommand(workOrderId, decision, reason,
                                                                  DecisionChannel.PORTAL, scope.ownerId()));
        return answered(workOrderId, query);
    }

    private ResponseEntity<ApiResponse<?>> answerInvoice(UUID invoiceId, ApprovalDecision decision, String reason) {
        PortalScope scope = portalOwners.scope();
        FindPortalInvoiceApprovalQuery query = new FindPortalInvoiceApprovalQuery(scope, invoiceId);
        PortalApprovalView approval = find(query, invoiceId);
        // The owner holds no staff role and no override: the step must be theirs, which the invoice checks.
        commandGateway.sendAndWait(new DecideApprovalStepCommand(invoiceId, approval.flowId(), decision, reason,
                                                                 Set.of(), false, DecisionChannel.PORTAL,
                                                                 scope.ownerId()));
        return answered(invoiceId, query);
    }

    private PortalApprovalView find(Object query, UUID id) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(PortalApprovalView.class)))
                      .orElseThrow(() -> new NotFoundException("Approval", id));
    }

    /** 200 with the approval as the owner's answer left it (no longer pending), or 202 if that lags. */
    private ResponseEntity<ApiResponse<?>> answered(UUID id, Object query) {
        return readYourWrites.updatedWhen(id, URI.create("/api/v1/portal/approvals"), query, PortalApprovalView.class,
                                          approval -> approval.status() != PortalApprovalStatus.PENDING);
    }
}
