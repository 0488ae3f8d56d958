package com.vivanta.ops.app.support;

import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.vivanta.ops.api.approval.ApprovalFlowView;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.approval.FindApprovalFlowQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.invoice.SubmitInvoiceForApprovalCommand;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Starts invoice approval flows along routes a test chooses, through the same command the submit route
 * sends: read-model tests need exact steps (named users, roles, ALL or ANY), which the organization's
 * policy would otherwise decide. The policy's own routing is tested with the policy.
 */
@Component
public class InvoiceFlows {

    /** The policy every test route claims to come from. */
    public static final UUID POLICY_ID = UUID.fromString("0e4e1c2a-5b7d-4f7e-9a51-3c0d2b9f7a10");
    public static final int POLICY_VERSION = 3;

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    InvoiceFlows(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    /** Submits the invoice for approval as {@code submitter} along a route of these steps; answers the flow id. */
    public UUID start(Member submitter, UUID invoiceId, ApprovalStepPlan... steps) {
        InvoiceView invoice = view(submitter, invoiceId);
        UUID flowId = UUID.randomUUID();
        ApprovalRoute route = new ApprovalRoute(POLICY_ID, POLICY_VERSION,
                                                steps.length == 0 ? "Small invoices" : "Test route",
                                                Arrays.asList(steps));
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                new SubmitInvoiceForApprovalCommand(invoiceId, flowId, route, invoice.total(),
                                                    invoice.expenseCategory(), null, List.of()))
                .andMetaData(Map.of(ORGANIZATION_ID, submitter.organizationId().toString(),
                                    USER_ID, submitter.userId().toString())));
        readYourWrites.awaitView(invoiceId, new FindApprovalFlowQuery(submitter.organizationId(), flowId),
                                 ApprovalFlowView.class)
                      .orElseThrow(() -> new IllegalStateException("Flow " + flowId + " was not projected in time"));
        view(submitter, invoiceId);
        return flowId;
    }

    /** A staff step any holder of the role may decide. */
    public static ApprovalStepPlan role(String name, String roleName) {
        return new ApprovalStepPlan(name, ApprovalStepKind.STAFF, Set.of(), roleName, List.of(), ApprovalMode.ANY);
    }

    /** A staff step of named users, of whom one (ANY) or all (ALL) must approve. */
    public static ApprovalStepPlan users(String name, ApprovalMode mode, Member... approvers) {
        return new ApprovalStepPlan(name, ApprovalStepKind.STAFF,
                                    Arrays.stream(approvers).map(Member::userId).collect(Collectors.toSet()),
                                    null, List.of(), mode);
    }

    /** An OWNER step asking these owners. */
    public static ApprovalStepPlan owners(String name, UUID... ownerIds) {
        return new ApprovalStepPlan(name, ApprovalStepKind.OWNER, Set.of(), null, List.of(ownerIds),
                                    ApprovalMode.ANY);
    }

    private InvoiceView view(Member member, UUID invoiceId) {
        return readYourWrites.awaitView(invoiceId, new FindInvoiceQuery(member.organizationId(), invoiceId),
                                        InvoiceView.class)
                             .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceId
                                                                                  + " was not projected in time"));
    }
}
