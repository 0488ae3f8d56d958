package com.vivanta.ops.api.workorder;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The work order's description of the job changed; all fields hold their new values. */
@Revision("1")
public record WorkOrderDetailsRevisedEvent(UUID workOrderId, String title, String description, String trade) {
}
