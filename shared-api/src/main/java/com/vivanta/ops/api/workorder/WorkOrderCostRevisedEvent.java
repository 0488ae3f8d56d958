package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The estimate or the not-to-exceed changed; both hold their new values (null = none). */
@Revision("1")
public record WorkOrderCostRevisedEvent(UUID workOrderId, Money estimate, Money notToExceed) {
}
