package com.vivanta.ops.command.invoice;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.approval.ApprovalDecision;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.invoice.AddInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ApprovalStepDecidedEvent;
import com.vivanta.ops.api.invoice.ApprovalStepReassignedEvent;
import com.vivanta.ops.api.invoice.ChangeInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ClearDuplicateSuspicionCommand;
import com.vivanta.ops.api.invoice.CreateInvoiceCommand;
import com.vivanta.ops.api.invoice.DecideApprovalStepCommand;
import com.vivanta.ops.api.invoice.DuplicateCheckStatus;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.invoice.ExportInvoiceCommand;
import com.vivanta.ops.api.invoice.InvoiceApprovalFlowStartedEvent;
import com.vivanta.ops.api.invoice.InvoiceApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceAutoApprovedEvent;
import com.vivanta.ops.api.invoice.InvoiceChangesRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceCreatedEvent;
import com.vivanta.ops.api.invoice.InvoiceDetailsRevisedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspectedEvent;
import com.vivanta.ops.api.invoice.InvoiceDuplicateSuspicionClearedEvent;
import com.vivanta.ops.api.invoice.InvoiceExportedEvent;
import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.InvoiceLineAddedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineChangedEvent;
import com.vivanta.ops.api.invoice.InvoiceLineRemovedEvent;
import com.vivanta.ops.api.invoice.InvoiceRejectedEvent;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.invoice.NteCheck;
import com.vivanta.ops.api.invoice.RejectInvoiceCommand;
import com.vivanta.ops.api.invoice.ReassignApprovalStepCommand;
import com.vivanta.ops.api.invoice.RemoveInvoiceLineCommand;
import com.vivanta.ops.api.invoice.ReviseInvoiceCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForApprovalCommand;
import com.vivanta.ops.api.invoice.SubmitInvoiceForReviewCommand;
import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.invoice.WorkOrderMatch;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.OwnerAnswers;
import com.vivanta.ops.command.common.UniqueKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A vendor's bill, from entry to the accounting export, with its approval flow inside: the invoice's
 * status and its flow change in the same events, so they can never disagree. Lines change only while
 * the invoice is editable; totals always follow from them ({@link InvoiceTotals}).
 */
@Aggregate
class Invoice extends OrganizationOwnedAggregate {

    static final String DUPLICATE_INVOICE = "DUPLICATE_INVOICE";
    static final String INVOICE_INCOMPLETE = "INVOICE_INCOMPLETE";
    static final String WORK_ORDER_NOT_COMPLETED = "WORK_ORDER_NOT_COMPLETED";
    static final String DUPLICATE_SUSPECTED = "DUPLICATE_SUSPECTED";
    static final String NO_DUPLICATE_SUSPECTED = "NO_DUPLICATE_SUSPECTED";
    static final String FLOW_NOT_PENDING = "FLOW_NOT_PENDING";
    static final String NOT_AN_APPROVER = "NOT_AN_APPROVER";
    static final String SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES";
    static final String EXCEEDS_NTE = "EXCEEDS_NTE";
    static final String ALREADY_APPROVED = "ALREADY_APPROVED";
    static final String OWNER_STEP = "OWNER_STEP";
    static final String ROUTE_OUTDATED = "ROUTE_OUTDATED";

    /** Added when a route would approve an invoice above its work order's ceiling without anyone looking. */
    static final ApprovalStepPlan ABOVE_CEILING_STEP = new ApprovalStepPlan("Above not-to-exceed",
                                                                            ApprovalStepKind.STAFF, Set.of(), null,
                                                                            List.of(), ApprovalMode.ANY);

    @AggregateIdentifier
    private UUID invoiceId;
    private UUID vendorId;
    private UUID workOrderId;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private String currency;
    private ExpenseCategory expenseCategory;
    private final SortedMap<Integer, InvoiceLine> lines = new TreeMap<>();
    private InvoiceStatus status;
    private String createdBy;
    private final Set<String> submitters = new HashSet<>();
    private DuplicateCheckStatus duplicateCheck;
    private final Set<UUID> knownSimilarInvoices = new HashSet<>();
    private NteCheck nteCheck;
    private ApprovalFlow flow;
    /** Whether the current flow has no step left to decide. */
    private boolean flowFinished;

    Invoice() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Invoice(CreateInvoiceCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        UUID organizationId = CommandMetadata.organizationId(metaData);
        requireKnownCurrency(command.currency());
        requireDatesInOrder(command.invoiceDate(), command.dueDate());
        SortedMap<Integer, InvoiceLine> initial = new TreeMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            InvoiceLine line = command.lines().get(i);
            InvoiceLines.requireValid(line, command.currency(), "lines[" + i + "]");
            if (initial.put(line.lineNumber(), line) != null) {
                throw new InvalidValueException("lines[" + i + "].lineNumber", line.lineNumber(),
                                                "is used by another line of the invoice");
            }
        }
        if (command.invoiceNumber() != null) {
            claimNumber(uniqueKeys, organizationId, command.vendorId(), command.invoiceNumber(), command.invoiceId());
        }
        apply(new InvoiceCreatedEvent(command.invoiceId(), organizationId, command.vendorId(), command.propertyId(),
                                      command.workOrderId(), command.sourceDocumentId(), command.invoiceNumber(),
                                      command.invoiceDate(), command.dueDate(), command.currency(),
                                      command.expenseCategory(), CommandMetadata.actor(metaData)));
        SortedMap<Integer, InvoiceLine> sofar = new TreeMap<>();
        for (InvoiceLine line : initial.values()) {
            sofar.put(line.lineNumber(), line);
            apply(new InvoiceLineAddedEvent(command.invoiceId(), line,
                                            totalsOf(command.currency(), sofar.values())));
        }
    }

    @CommandHandler
    void handle(ReviseInvoiceCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        InvoiceStep.EDIT.requireAllowedFrom(status);
        String newNumber = choose(command.invoiceNumber(), invoiceNumber);
        LocalDate newInvoiceDate = choose(command.invoiceDate(), invoiceDate);
        LocalDate newDueDate = choose(command.dueDate(), dueDate);
        ExpenseCategory newCategory = command.expenseCategory() == null ? expenseCategory : command.expenseCategory();
        requireDatesInOrder(newInvoiceDate, newDueDate);
        if (!Objects.equals(newNumber, invoiceNumber)) {
            UUID organizationId = CommandMetadata.organizationId(metaData);
            if (newNumber != null) {
                claimNumber(uniqueKeys, organizationId, vendorId, newNumber, invoiceId);
            }
            if (invoiceNumber != null
                    && (newNumber == null || !InvoiceNumbers.key(organizationId, vendorId, newNumber)
                                                            .equals(InvoiceNumbers.key(organizationId, vendorId,
                                                                                       invoiceNumber)))) {
                uniqueKeys.release(InvoiceNumbers.key(organizationId, vendorId, invoiceNumber), invoiceId);
            }
        }
        if (!Objects.equals(newNumber, invoiceNumber) || !Objects.equals(newInvoiceDate, invoiceDate)
                || !Objects.equals(newDueDate, dueDate) || newCategory != expenseCategory) {
            apply(new InvoiceDetailsRevisedEvent(invoiceId, newNumber, newInvoiceDate, newDueDate, newCategory));
        }
    }

    @CommandHandler
    void handle(AddInvoiceLineCommand command) {
        InvoiceStep.EDIT.requireAllowedFrom(status);
        InvoiceLines.requireValid(command.line(), currency, "line");
        if (lines.containsKey(command.line().lineNumber())) {
            throw new InvalidValueException("lineNumber", command.line().lineNumber(),
                                            "is used by another line of the invoice");
        }
        SortedMap<Integer, InvoiceLine> after = new TreeMap<>(lines);
        after.put(command.line().lineNumber(), command.line());
        apply(new InvoiceLineAddedEvent(invoiceId, command.line(), totalsOf(currency, after.values())));
    }

    @CommandHandler
    void handle(ChangeInvoiceLineCommand command) {
        InvoiceStep.EDIT.requireAllowedFrom(status);
        InvoiceLines.requireValid(command.line(), currency, "line");
        requireLine(command.line().lineNumber());
        if (!command.line().equals(lines.get(command.line().lineNumber()))) {
            SortedMap<Integer, InvoiceLine> after = new TreeMap<>(lines);
            after.put(command.line().lineNumber(), command.line());
            apply(new InvoiceLineChangedEvent(invoiceId, command.line(), totalsOf(currency, after.values())));
        }
    }

    @CommandHandler
    void handle(RemoveInvoiceLineCommand command) {
        InvoiceStep.EDIT.requireAllowedFrom(status);
        requireLine(command.lineNumber());
        SortedMap<Integer, InvoiceLine> after = new TreeMap<>(lines);
        after.remove(command.lineNumber());
        apply(new InvoiceLineRemovedEvent(invoiceId, command.lineNumber(), totalsOf(currency, after.values())));
    }

    @CommandHandler
    void handle(SubmitInvoiceForReviewCommand command, MetaData metaData) {
        InvoiceStep.SUBMIT_FOR_REVIEW.requireAllowedFrom(status);
        NteCheck check = checkSubmittable(command.workOrder());
        suspectDuplicates(command.similarInvoices());
        apply(new InvoiceReviewRequestedEvent(invoiceId, CommandMetadata.actor(metaData), command.note(), check));
    }

    /**
     * Starts a fresh flow. Newly found look-alikes divert the invoice to review instead, flagged, since a
     * flow must not start on a suspected duplicate; a suspicion nobody cleared yet refuses the submission.
     */
    @CommandHandler
    void handle(SubmitInvoiceForApprovalCommand command, MetaData metaData) {
        InvoiceStep.SUBMIT_FOR_APPROVAL.requireAllowedFrom(status);
        NteCheck check = checkSubmittable(command.workOrder());
        Money total = totalsOf(currency, lines.values()).total();
        if (!total.equals(command.routedTotal()) || expenseCategory != command.routedCategory()) {
            throw new RuleViolationException(ROUTE_OUTDATED, "The invoice changed while it was being routed; "
                    + "submit it again", Map.of("total", total.amount().toPlainString()));
        }
        String actor = CommandMetadata.actor(metaData);
        if (suspectDuplicates(command.similarInvoices())) {
            if (status != InvoiceStatus.PENDING_REVIEW) {
                apply(new InvoiceReviewRequestedEvent(invoiceId, actor, "Suspected duplicate: sent to review",
                                                      check));
            }
            return;
        }
        if (duplicateCheck == DuplicateCheckStatus.SUSPECTED_DUPLICATE) {
            throw new RuleViolationException(DUPLICATE_SUSPECTED, "Invoice is a suspected duplicate of "
                    + "other invoices; clear the suspicion with a reason before approval", Map.of());
        }
        ApprovalRoute route = routeFor(command.route(), check);
        apply(new InvoiceApprovalFlowStartedEvent(invoiceId, command.flowId(), actor, route, check));
        if (route.approvedByPolicy()) {
            apply(new InvoiceAutoApprovedEvent(invoiceId, command.flowId(), route.policyId(), route.policyVersion(),
                                               route.ruleName()));
        }
    }

    @CommandHandler
    void handle(DecideApprovalStepCommand command, MetaData metaData) {
        InvoiceStep.DECIDE_STEP.requireAllowedFrom(status);
        requireCurrentFlow(command.flowId());
        String actor = CommandMetadata.actor(metaData);
        if (command.decision() != ApprovalDecision.APPROVE && isBlank(command.reason())) {
            throw new InvalidValueException("reason", command.reason(), "is required to reject or request changes");
        }
        ApprovalStepPlan step = flow.currentStep();
        if (step.kind() == ApprovalStepKind.OWNER) {
            requireOwnerAnswer(step, command, metaData);
            // The owner decides, but whoever entered or submitted the bill must not be the one vouching for it.
            requireNotEnteredOrSubmittedBy(actor, "record the owner's answer on");
        } else {
            requireStaffApprover(step, command, actor, metaData);
        }
        boolean stepCompleted = command.decision() != ApprovalDecision.APPROVE
                || step.kind() == ApprovalStepKind.OWNER || flow.completesCurrentStep(actor);
        apply(new ApprovalStepDecidedEvent(invoiceId, flow.flowId(), flow.currentStepOrder(), command.decision(),
                                           command.reason(), actor, command.channel(), command.ownerId(),
                                           stepCompleted));
        switch (command.decision()) {
            case REJECT -> apply(new InvoiceRejectedEvent(invoiceId, flow.flowId(), command.reason(), actor));
            case REQUEST_CHANGES -> apply(new InvoiceChangesRequestedEvent(invoiceId, flow.flowId(),
                                                                           command.reason(), actor));
            case APPROVE -> {
                if (flowFinished) {
                    apply(new InvoiceApprovedEvent(invoiceId, flow.flowId()));
                }
            }
        }
    }

    @CommandHandler
    void handle(ReassignApprovalStepCommand command, MetaData metaData) {
        InvoiceStep.REASSIGN_STEP.requireAllowedFrom(status);
        requireCurrentFlow(command.flowId());
        ApprovalStepPlan step = flow.currentStep();
        if (step.kind() == ApprovalStepKind.OWNER) {
            throw new RuleViolationException(OWNER_STEP, "The current step waits for the property's owners and "
                    + "cannot be handed to staff", Map.of("stepOrder", flow.currentStepOrder()));
        }
        if (command.userIds().isEmpty() && isBlank(command.roleName())) {
            throw new InvalidValueException("userIds", command.userIds(), "name users or a role to hand the step to");
        }
        if (step.mode() == ApprovalMode.ALL && !isBlank(command.roleName())) {
            throw new InvalidValueException("roleName", command.roleName(),
                                            "a step every approver must approve needs named users, not a role");
        }
        if (isBlank(command.reason())) {
            throw new InvalidValueException("reason", command.reason(), "is required to reassign a step");
        }
        apply(new ApprovalStepReassignedEvent(invoiceId, flow.flowId(), flow.currentStepOrder(), command.userIds(),
                                              isBlank(command.roleName()) ? null : command.roleName(),
                                              command.reason(), CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(RejectInvoiceCommand command, MetaData metaData) {
        InvoiceStep.REJECT_IN_REVIEW.requireAllowedFrom(status);
        if (isBlank(command.reason())) {
            throw new InvalidValueException("reason", command.reason(), "is required to reject an invoice");
        }
        apply(new InvoiceRejectedEvent(invoiceId, null, command.reason(), CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(ClearDuplicateSuspicionCommand command, MetaData metaData) {
        InvoiceStep.CLEAR_DUPLICATE.requireAllowedFrom(status);
        if (duplicateCheck != DuplicateCheckStatus.SUSPECTED_DUPLICATE) {
            throw new RuleViolationException(NO_DUPLICATE_SUSPECTED, "Invoice is not a suspected duplicate",
                                             Map.of("duplicateCheckStatus", String.valueOf(duplicateCheck)));
        }
        if (isBlank(command.reason())) {
            throw new InvalidValueException("reason", command.reason(), "is required to clear a suspicion");
        }
        // A second pair of eyes: otherwise one clerk could flag, clear and have a small look-alike approved by policy.
        requireNotEnteredOrSubmittedBy(CommandMetadata.actor(metaData), "clear the duplicate suspicion on");
        apply(new InvoiceDuplicateSuspicionClearedEvent(invoiceId, command.reason(), CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(ExportInvoiceCommand command, MetaData metaData) {
        InvoiceStep.EXPORT.requireAllowedFrom(status);
        apply(new InvoiceExportedEvent(invoiceId, command.exportId(), CommandMetadata.actor(metaData)));
    }

    // --- rules ---

    private static void claimNumber(UniqueKeys uniqueKeys, UUID organizationId, UUID vendorId, String number,
                                    UUID invoiceId) {
        if (!uniqueKeys.tryClaim(InvoiceNumbers.key(organizationId, vendorId, number), invoiceId)) {
            throw new RuleViolationException(DUPLICATE_INVOICE, "The vendor already has invoice '" + number
                    + "' (numbers are compared ignoring case, spaces, punctuation and leading zeros)",
                                             Map.of("field", InvoiceNumbers.FIELD, "value", number));
        }
    }

    /** The totals, refused when they grow beyond what any invoice can amount to (and money can hold). */
    private static InvoiceTotals totalsOf(String currency, Collection<InvoiceLine> lines) {
        try {
            return InvoiceTotals.of(currency, lines);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("lines", lines.size() + " lines", "amount to more than any invoice can: "
                    + e.getMessage());
        }
    }

    private static void requireKnownCurrency(String currency) {
        try {
            Currency.getInstance(Objects.requireNonNull(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("currency", currency, "must be an ISO 4217 currency code such as USD");
        }
    }

    private static void requireDatesInOrder(LocalDate invoiceDate, LocalDate dueDate) {
        if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
            throw new InvalidValueException("dueDate", dueDate, "must not be before the invoice date " + invoiceDate);
        }
    }

    private void requireLine(int lineNumber) {
        if (!lines.containsKey(lineNumber)) {
            throw new InvalidReferenceException("lineNumber", lineNumber, "the invoice has no such line");
        }
    }

    /** What every submission needs: the facts approvers judge by, and finished work if it bills a work order. */
    private NteCheck checkSubmittable(WorkOrderMatch workOrder) {
        List<String> missing = new ArrayList<>();
        if (invoiceNumber == null) {
            missing.add("invoiceNumber");
        }
        if (invoiceDate == null) {
            missing.add("invoiceDate");
        }
        if (lines.isEmpty()) {
            missing.add("lines");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(INVOICE_INCOMPLETE, "Invoice cannot be submitted without "
                    + String.join(", ", missing), Map.of("missing", missing));
        }
        if (workOrderId == null) {
            return NteCheck.NOT_APPLICABLE;
        }
        Objects.requireNonNull(workOrder, "the linked work order's state");
        if (workOrder.status() != WorkOrderStatus.COMPLETED) {
            throw new RuleViolationException(WORK_ORDER_NOT_COMPLETED, "The work order this invoice bills is "
                    + workOrder.status() + "; invoices are submitted once the work is completed",
                                             Map.of("workOrderId", workOrderId.toString(),
                                                    "workOrderStatus", workOrder.status().name()));
        }
        return InvoiceLines.nteCheck(totalsOf(currency, lines.values()).total(), workOrder);
    }

    /** Flags look-alikes nobody has judged yet; answers whether it raised a new suspicion. */
    private boolean suspectDuplicates(List<UUID> similarInvoices) {
        if (similarInvoices.isEmpty() || knownSimilarInvoices.containsAll(similarInvoices)
                || duplicateCheck == DuplicateCheckStatus.SUSPECTED_DUPLICATE) {
            return false;
        }
        apply(new InvoiceDuplicateSuspectedEvent(invoiceId, similarInvoices));
        return true;
    }

    /** Nobody approves above the work order's ceiling unseen: such an invoice always gets a staff step. */
    private static ApprovalRoute routeFor(ApprovalRoute route, NteCheck check) {
        boolean staffLooks = route.steps().stream().anyMatch(step -> step.kind() == ApprovalStepKind.STAFF);
        if (check != NteCheck.EXCEEDS_NTE || staffLooks) {
            return route;
        }
        List<ApprovalStepPlan> steps = new ArrayList<>();
        steps.add(ABOVE_CEILING_STEP);
        steps.addAll(route.steps());
        return new ApprovalRoute(route.policyId(), route.policyVersion(), route.ruleName(), steps);
    }

    private void requireCurrentFlow(UUID flowId) {
        if (!flow.flowId().equals(flowId)) {
            throw new RuleViolationException(FLOW_NOT_PENDING, "Approval flow " + flowId + " is not the invoice's "
                    + "pending flow", Map.of("pendingFlowId", flow.flowId().toString()));
        }
    }

    private static void requireOwnerAnswer(ApprovalStepPlan step, DecideApprovalStepCommand command,
                                           MetaData metaData) {
        OwnerAnswers.requireFits(command.channel(), command.ownerId(), metaData);
        if (command.ownerId() == null || !step.ownerIds().contains(command.ownerId())) {
            throw new InvalidReferenceException("ownerId", command.ownerId(),
                                                "must be one of the owners this step asks: " + step.ownerIds());
        }
    }

    private void requireStaffApprover(ApprovalStepPlan step, DecideApprovalStepCommand command, String actor,
                                      MetaData metaData) {
        boolean named = step.userIds().stream().anyMatch(user -> user.toString().equals(actor));
        boolean byRole = step.roleName() != null && command.actorRoleNames().contains(step.roleName());
        boolean open = step.userIds().isEmpty() && step.roleName() == null;
        // A step open to anyone means anyone of the staff: an owner answers only the steps that ask owners.
        boolean owner = CommandMetadata.actingOwner(metaData).isPresent();
        if (owner || !named && !byRole && !open) {
            throw new ActionNotPermittedException(NOT_AN_APPROVER, "You are not an approver of step "
                    + flow.currentStepOrder() + " (" + step.name() + ")", Map.of("stepOrder", flow.currentStepOrder()));
        }
        if (command.decision() != ApprovalDecision.APPROVE) {
            return;
        }
        requireNotEnteredOrSubmittedBy(actor, "approve");
        if (flow.approvedCurrentStep(actor)) {
            throw new RuleViolationException(ALREADY_APPROVED, "You approved this step already", Map.of());
        }
        if (flow.approvedAnyStep(actor)) {
            throw new ActionNotPermittedException(SEPARATION_OF_DUTIES, "One person cannot approve two steps of "
                    + "the same flow", Map.of());
        }
        if (nteCheck == NteCheck.EXCEEDS_NTE && !command.actorMayExceedNte()) {
            throw new ActionNotPermittedException(EXCEEDS_NTE, "The invoice exceeds its work order's not-to-exceed; "
                    + "approving it needs invoice.approve-over-nte",
                                                  Map.of("requiredPermissions", List.of("invoice.approve-over-nte")));
        }
    }

    private void requireNotEnteredOrSubmittedBy(String actor, String action) {
        if (actor.equals(createdBy) || submitters.contains(actor)) {
            throw new ActionNotPermittedException(SEPARATION_OF_DUTIES, "Whoever entered or submitted an invoice "
                    + "cannot " + action + " it", Map.of());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    // --- state ---

    @EventSourcingHandler
    void on(InvoiceCreatedEvent event) {
        invoiceId = event.invoiceId();
        organizationId = event.organizationId();
        vendorId = event.vendorId();
        workOrderId = event.workOrderId();
        invoiceNumber = event.invoiceNumber();
        invoiceDate = event.invoiceDate();
        dueDate = event.dueDate();
        currency = event.currency();
        expenseCategory = event.expenseCategory();
        createdBy = event.createdBy();
        status = InvoiceStatus.DRAFT;
        duplicateCheck = DuplicateCheckStatus.CLEAR;
        nteCheck = NteCheck.NOT_APPLICABLE;
    }

    @EventSourcingHandler
    void on(InvoiceDetailsRevisedEvent event) {
        invoiceNumber = event.invoiceNumber();
        invoiceDate = event.invoiceDate();
        dueDate = event.dueDate();
        expenseCategory = event.expenseCategory();
    }

    @EventSourcingHandler
    void on(InvoiceLineAddedEvent event) {
        lines.put(event.line().lineNumber(), event.line());
    }

    @EventSourcingHandler
    void on(InvoiceLineChangedEvent event) {
        lines.put(event.line().lineNumber(), event.line());
    }

    @EventSourcingHandler
    void on(InvoiceLineRemovedEvent event) {
        lines.remove(event.lineNumber());
    }

    @EventSourcingHandler
    void on(InvoiceDuplicateSuspectedEvent event) {
        duplicateCheck = DuplicateCheckStatus.SUSPECTED_DUPLICATE;
        knownSimilarInvoices.clear();
        knownSimilarInvoices.addAll(event.similarInvoiceIds());
    }

    @EventSourcingHandler
    void on(InvoiceDuplicateSuspicionClearedEvent event) {
        // The look-alikes judged stay remembered: finding them again raises no new suspicion.
        duplicateCheck = DuplicateCheckStatus.CLEARED;
    }

    @EventSourcingHandler
    void on(InvoiceReviewRequestedEvent event) {
        status = InvoiceStatus.PENDING_REVIEW;
        submitters.add(event.submittedBy());
        nteCheck = event.nteCheck();
    }

    @EventSourcingHandler
    void on(InvoiceApprovalFlowStartedEvent event) {
        status = InvoiceStatus.PENDING_APPROVAL;
        submitters.add(event.submittedBy());
        nteCheck = event.nteCheck();
        flow = new ApprovalFlow(event.flowId(), event.route().steps());
        flowFinished = event.route().approvedByPolicy();
    }

    @EventSourcingHandler
    void on(InvoiceAutoApprovedEvent event) {
        status = InvoiceStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ApprovalStepDecidedEvent event) {
        if (event.decision() == ApprovalDecision.APPROVE) {
            flowFinished = event.stepCompleted() && flow.isLastStep();
            // Staff recording an owner's answer did not approve anything themselves.
            flow.approved(event.ownerId() == null ? event.decidedBy() : null, event.stepCompleted());
        }
    }

    @EventSourcingHandler
    void on(ApprovalStepReassignedEvent event) {
        ApprovalStepPlan step = flow.currentStep();
        flow.reassigned(new ApprovalStepPlan(step.name(), step.kind(), event.userIds(), event.roleName(),
                                             step.ownerIds(), step.mode()));
    }

    @EventSourcingHandler
    void on(InvoiceApprovedEvent event) {
        status = InvoiceStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(InvoiceRejectedEvent event) {
        status = InvoiceStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(InvoiceChangesRequestedEvent event) {
        status = InvoiceStatus.CHANGES_REQUESTED;
    }

    @EventSourcingHandler
    void on(InvoiceExportedEvent event) {
        status = InvoiceStatus.EXPORTED;
    }

    @Override
    protected String entityType() {
        return "Invoice";
    }

    @Override
    protected UUID id() {
        return invoiceId;
    }
}
