package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.approval.ApprovalRoute;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A fresh approval flow started along the route the policy gave; the policy version is pinned here. The
 * timestamp is the flow's start.
 */
@Revision("1")
public record InvoiceApprovalFlowStartedEvent(UUID invoiceId,
                                              UUID flowId,
                                              String submittedBy,
                                              ApprovalRoute route,
                                              NteCheck nteCheck) {
}
