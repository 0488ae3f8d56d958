package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The operator's view of a vendor invoice, with its lines (by line number) and computed totals.
 *
 * @param similarInvoiceIds  what the soft duplicate check found, while SUSPECTED_DUPLICATE or CLEARED
 * @param currentFlowId      the latest approval flow, if the invoice was ever submitted for approval
 * @param policyVersion      the policy version pinned by the latest submission for approval
 */
public record InvoiceView(UUID id,
                          UUID organizationId,
                          UUID vendorId,
                          UUID propertyId,
                          UUID workOrderId,
                          UUID sourceDocumentId,
                          String invoiceNumber,
                          LocalDate invoiceDate,
                          LocalDate dueDate,
                          String currency,
                          ExpenseCategory expenseCategory,
                          List<InvoiceLineView> lines,
                          Money subtotal,
                          Money tax,
                          Money total,
                          InvoiceStatus status,
                          DuplicateCheckStatus duplicateCheckStatus,
                          List<UUID> similarInvoiceIds,
                          String duplicateClearedReason,
                          NteCheck nteCheck,
                          UUID currentFlowId,
                          UUID policyId,
                          Integer policyVersion,
                          String policyRule,
                          String rejectionReason,
                          UUID exportId,
                          Instant exportedAt,
                          String createdBy,
                          String submittedBy,
                          Instant createdAt,
                          Instant updatedAt,
                          long version) implements Versioned {

    public InvoiceView {
        lines = lines == null ? List.of() : List.copyOf(lines);
        similarInvoiceIds = similarInvoiceIds == null ? List.of() : List.copyOf(similarInvoiceIds);
    }
}
