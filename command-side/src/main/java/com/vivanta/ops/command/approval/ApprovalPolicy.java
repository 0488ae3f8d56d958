package com.vivanta.ops.command.approval;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.approval.ApprovalPolicyDefinedEvent;
import com.vivanta.ops.api.approval.ApprovalRule;
import com.vivanta.ops.api.approval.DefineApprovalPolicyCommand;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.command.common.CommandMetadata;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organization's approval policy, versioned: each definition replaces the whole rule set and counts one
 * version up, so an invoice can name the version that routed it.
 *
 * <p>Not an {@code OrganizationOwnedAggregate}: the first definition creates the aggregate, so there is no
 * owner to compare with yet. The id is derived from the organization instead ({@code ApprovalPolicy.idOf}),
 * and a command whose organization does not derive this id is answered as if the policy did not exist.
 */
@Aggregate
class ApprovalPolicy {

    @AggregateIdentifier
    private UUID policyId;
    private int version;
    /** The definition in force, as parts: sourcing must not re-check what was accepted then. */
    private List<ApprovalRule> rules;
    private int nteTolerancePercent;
    private boolean requireApprovalForAll;

    ApprovalPolicy() {
        // For Axon: rebuilt from events, or created by the first definition.
    }

    /** Answers the version in force afterwards; defining the policy in force again changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(DefineApprovalPolicyCommand command, MetaData metaData) {
        UUID organizationId = CommandMetadata.organizationId(metaData);
        if (!command.policyId().equals(com.vivanta.ops.api.approval.ApprovalPolicy.idOf(organizationId))) {
            throw new NotFoundException("ApprovalPolicy", command.policyId());
        }
        var policy = new com.vivanta.ops.api.approval.ApprovalPolicy(command.rules(), command.nteTolerancePercent(),
                                                                     command.requireApprovalForAll());
        if (policy.rules().equals(rules) && policy.nteTolerancePercent() == nteTolerancePercent
                && policy.requireApprovalForAll() == requireApprovalForAll) {
            return version;
        }
        int next = version + 1;
        apply(new ApprovalPolicyDefinedEvent(command.policyId(), organizationId, next, policy.rules(),
                                             policy.nteTolerancePercent(), policy.requireApprovalForAll(),
                                             CommandMetadata.actor(metaData)));
        return next;
    }

    @EventSourcingHandler
    void on(ApprovalPolicyDefinedEvent event) {
        policyId = event.policyId();
        version = event.version();
        rules = event.rules();
        nteTolerancePercent = event.nteTolerancePercent();
        requireApprovalForAll = event.requireApprovalForAll();
    }
}
