package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.approval.ApprovalFlowPage;
import com.vivanta.ops.api.approval.ApprovalFlowStatus;
import com.vivanta.ops.api.approval.ApprovalFlowView;
import com.vivanta.ops.api.approval.ApprovalStepView;
import com.vivanta.ops.api.approval.FindApprovalFlowQuery;
import com.vivanta.ops.api.approval.FindApprovalFlowsQuery;
import com.vivanta.ops.api.approval.FindMyPendingApprovalsQuery;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.ActorRoles;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading approval flows (they live inside invoices) and the caller's own pending approvals. */
@RestController
@RequestMapping("/api/v1")
@RequirePermissions(Permission.APPROVAL_READ)
class ApprovalFlowQueryController {

    private final QueryGateway queryGateway;
    private final ActorRoles actorRoles;

    ApprovalFlowQueryController(QueryGateway queryGateway, ActorRoles actorRoles) {
        this.queryGateway = queryGateway;
        this.actorRoles = actorRoles;
    }

    /** What flows approve; the seed's filter names it, and invoices are all there is so far. */
    enum TargetEntityType {
        INVOICE
    }

    /**
     * Query parameters of {@code GET /approval-flows}; all optional. {@code targetEntityId} is the seed's
     * name for {@code invoiceId}.
     */
    record ApprovalFlowListParams(UUID invoiceId,
                                  UUID targetEntityId,
                                  TargetEntityType targetEntityType,
                                  ApprovalFlowStatus status) {

        UUID invoice() {
            if (invoiceId != null && targetEntityId != null && !invoiceId.equals(targetEntityId)) {
                throw new InvalidValueException("targetEntityId", targetEntityId,
                                                "must be the same as invoiceId when both are given");
            }
            return invoiceId != null ? invoiceId : targetEntityId;
        }
    }

    @GetMapping("/approval-flows")
    ApiResponse<List<ApprovalFlowView>> list(@Valid ApprovalFlowListParams params, @Valid Paging paging) {
        return ApiResponse.of(page(new FindApprovalFlowsQuery(CurrentActor.get().organizationId(), params.invoice(),
                                                              params.status(), paging.limitOrDefault(),
                                                              paging.offsetOrDefault())));
    }

    @GetMapping("/approval-flows/{flowId}")
    ApiResponse<ApprovalFlowView> get(@PathVariable UUID flowId) {
        return ApiResponse.of(flow(flowId));
    }

    /** The steps in order, each with its decisions; unpaged, like the seed's. */
    @GetMapping("/approval-flows/{flowId}/steps")
    ApiResponse<List<ApprovalStepView>> steps(@PathVariable UUID flowId) {
        return ApiResponse.ofAll(flow(flowId).steps());
    }

    /**
     * Pending flows whose open step the caller may decide now: named in it or holding its role, and not
     * kept out by separation of duties. Oldest first.
     */
    @GetMapping("/approvals/my-pending")
    ApiResponse<List<ApprovalFlowView>> myPending(@Valid Paging paging) {
        Actor actor = CurrentActor.get();
        return ApiResponse.of(page(new FindMyPendingApprovalsQuery(actor.organizationId(), actor.userId(),
                                                                   actorRoles.namesOf(actor),
                                                                   actor.holds(Permission.INVOICE_APPROVE_OVER_NTE),
                                                                   paging.limitOrDefault(), paging.offsetOrDefault())));
    }

    private ApprovalFlowView flow(UUID flowId) {
        FindApprovalFlowQuery query = new FindApprovalFlowQuery(CurrentActor.get().organizationId(), flowId);
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(ApprovalFlowView.class)))
                      .orElseThrow(() -> new NotFoundException("Approval flow", flowId));
    }

    private ApprovalFlowPage page(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(ApprovalFlowPage.class)));
    }
}
