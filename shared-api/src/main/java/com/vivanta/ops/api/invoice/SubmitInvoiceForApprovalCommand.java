package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.common.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a fresh approval flow from DRAFT, PENDING_REVIEW or CHANGES_REQUESTED along the route the
 * organization's policy gives the invoice now. A route without steps approves the invoice by policy.
 *
 * @param flowId          the id of the new flow
 * @param routedTotal     the total the route was worked out for, and
 * @param routedCategory  the category: a route for another invoice than this one now is (it changed
 *                        meanwhile) is refused rather than followed
 * @param workOrder       the linked work order's state; null when the invoice bills none
 * @param similarInvoices what the soft duplicate check found; empty when none
 */
public record SubmitInvoiceForApprovalCommand(@TargetAggregateIdentifier UUID invoiceId,
                                              UUID flowId,
                                              ApprovalRoute route,
                                              Money routedTotal,
                                              ExpenseCategory routedCategory,
                                              WorkOrderMatch workOrder,
                                              List<UUID> similarInvoices) {

    public SubmitInvoiceForApprovalCommand {
        similarInvoices = similarInvoices == null ? List.of() : List.copyOf(similarInvoices);
    }
}
