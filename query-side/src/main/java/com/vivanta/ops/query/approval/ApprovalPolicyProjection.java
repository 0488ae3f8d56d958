package com.vivanta.ops.query.approval;

import com.vivanta.ops.api.approval.ApprovalPolicy;
import com.vivanta.ops.api.approval.ApprovalPolicyDefinedEvent;
import com.vivanta.ops.api.approval.ApprovalPolicyView;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.FindApprovalPolicyQuery;
import com.vivanta.ops.api.approval.FindApprovalRouteQuery;
import com.vivanta.ops.api.approval.FindNteToleranceQuery;
import com.vivanta.ops.query.common.AggregateRows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * The {@code approval-policy} read model: each organization's current approval policy, for the policy
 * screen and for routing invoices. Organizations that never defined one work with
 * {@link ApprovalPolicy#DEFAULT}, as version 0.
 */
@Component
@ProcessingGroup(ApprovalPolicyProjection.NAME)
class ApprovalPolicyProjection {

    static final String NAME = "approval-policy";

    private final ApprovalPolicyRowRepository rows;
    private final AggregateRows<ApprovalPolicyRow> policies;

    ApprovalPolicyProjection(ApprovalPolicyRowRepository rows, QueryUpdateEmitter emitter) {
        this.rows = rows;
        this.policies = new AggregateRows<>(rows, row -> {
            ApprovalPolicyView view = row.toView();
            emitter.emit(FindApprovalPolicyQuery.class,
                         query -> query.organizationId().equals(view.organizationId()), view);
        });
    }

    /** The policy's only event: its first (sequence 0) creates the row, each later one replaces it. */
    @EventHandler
    void on(ApprovalPolicyDefinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (sequence == 0) {
            policies.create(event.organizationId(), sequence, at, () -> {
                ApprovalPolicyRow row = new ApprovalPolicyRow(event.organizationId(), event.policyId());
                row.define(event);
                return row;
            });
        } else {
            policies.change(event.organizationId(), sequence, at, row -> row.define(event));
        }
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    ApprovalPolicyView handle(FindApprovalPolicyQuery query) {
        return rows.findById(query.organizationId()).map(ApprovalPolicyRow::toView)
                   .orElseGet(() -> ApprovalPolicyView.defaultOf(query.organizationId()));
    }

    @QueryHandler
    ApprovalRoute handle(FindApprovalRouteQuery query) {
        ApprovalPolicyView current = handle(new FindApprovalPolicyQuery(query.organizationId()));
        return current.policy().route(current.id(), current.version(), query.facts());
    }

    @QueryHandler
    Integer handle(FindNteToleranceQuery query) {
        return handle(new FindApprovalPolicyQuery(query.organizationId())).nteTolerancePercent();
    }
}
