package com.vivanta.ops.command.invoice;

import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.AppliedAiSuggestion;
import com.vivanta.ops.api.ai.ApplyAiSuggestionCommand;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.invoice.ApplyInvoiceAiSuggestionCommand;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.References;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Carries out an AI routing suggestion: the invoice is submitted for approval along its policy route with
 * a step for each suggested role the route does not already ask. A suggestion can add approvers but never
 * take one away — the policy stays the floor. Like the case's, it is one unit of work with the invoice
 * loaded and locked first, and the submission carries the suggestion's id in its metadata.
 */
@Component
class InvoiceAiSuggestions {

    private final Repository<Invoice> invoices;
    private final CommandGateway commandGateway;
    private final InvoiceSubmissions submissions;
    private final References references;

    InvoiceAiSuggestions(Repository<Invoice> invoices, CommandGateway commandGateway, InvoiceSubmissions submissions,
                         References references) {
        this.invoices = invoices;
        this.commandGateway = commandGateway;
        this.submissions = submissions;
        this.references = references;
    }

    @CommandHandler
    void handle(ApplyInvoiceAiSuggestionCommand command, MetaData metaData) {
        Aggregate<Invoice> invoice;
        try {
            invoice = invoices.load(command.invoiceId().toString());
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("Invoice", command.invoiceId());
        }
        AppliedAiSuggestion applied = commandGateway.sendAndWait(new ApplyAiSuggestionCommand(
                command.suggestionId(), new AiTarget(AiTargetType.INVOICE, command.invoiceId()), invoice.version(),
                command.edits()));
        List<String> roles = Arrays.stream(applied.finalValues().get("approverRoles").split(","))
                                   .map(String::strip).filter(role -> !role.isEmpty()).distinct().toList();
        Set<String> known = references.roleNames(CommandMetadata.organizationId(metaData));
        roles.stream().filter(role -> !known.contains(role)).findFirst().ifPresent(role -> {
            throw new InvalidValueException("edits.approverRoles", role, "is not a role of this organization");
        });
        boolean multiStep = switch (applied.finalValues().get("flowType")) {
            case "multi_step" -> true;
            case "single_step" -> false;
            default -> throw new InvalidValueException("edits.flowType", applied.finalValues().get("flowType"),
                                                       "must be single_step or multi_step");
        };
        commandGateway.sendAndWait(submissions.forApproval(CommandMetadata.organizationId(metaData),
                                                           command.invoiceId(),
                                                           route -> withSuggestedRoles(route, roles, multiStep)),
                                   MetaData.with(MessageMetadata.AI_SUGGESTION_ID, command.suggestionId().toString()));
    }

    /**
     * The route plus a step for each suggested role it does not ask yet — one step per role for a multi-step
     * flow, only the first missing role for a single-step one.
     */
    static ApprovalRoute withSuggestedRoles(ApprovalRoute route, List<String> roles, boolean multiStep) {
        List<ApprovalStepPlan> steps = new ArrayList<>(route.steps());
        List<String> missing = roles.stream()
                                    .filter(role -> steps.stream().noneMatch(step -> role.equals(step.roleName())))
                                    .toList();
        (multiStep ? missing : missing.stream().limit(1).toList()).forEach(role -> steps.add(
                new ApprovalStepPlan("Suggested review: " + role, ApprovalStepKind.STAFF, Set.of(), role, List.of(),
                                     ApprovalMode.ANY)));
        return new ApprovalRoute(route.policyId(), route.policyVersion(), route.ruleName(), steps);
    }
}
