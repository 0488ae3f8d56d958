package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import java.util.UUID;

/**
 * What an approval policy looks at when routing an invoice.
 *
 * @param ownerLimit           the strictest approval limit of the property's current owners; null if none
 * @param ownerApprovedCeiling the not-to-exceed the owners approved on the linked work order; null if none
 */
public record InvoiceFacts(Money total,
                           UUID propertyId,
                           UUID vendorId,
                           ExpenseCategory category,
                           OwnerApprovalLimit ownerLimit,
                           Money ownerApprovedCeiling) {
}
