package com.vivanta.ops.query.approval;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.approval.ApprovalPolicyView;
import com.vivanta.ops.api.approval.FindApprovalPolicyQuery;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization's approval policy, the default one until it defines its own. */
@RestController
class ApprovalPolicyQueryController {

    private final QueryGateway queryGateway;

    ApprovalPolicyQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/v1/approval-policy")
    @RequirePermissions(Permission.APPROVAL_READ)
    ApiResponse<ApprovalPolicyView> policy() {
        return ApiResponse.of(Futures.join(queryGateway.query(
                new FindApprovalPolicyQuery(CurrentActor.get().organizationId()),
                ResponseTypes.instanceOf(ApprovalPolicyView.class))));
    }
}
