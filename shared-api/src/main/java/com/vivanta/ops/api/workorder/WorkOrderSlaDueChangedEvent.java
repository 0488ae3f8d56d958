package com.vivanta.ops.api.workorder;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The time the work is due by changed; null means it has none. */
@Revision("1")
public record WorkOrderSlaDueChangedEvent(UUID workOrderId, Instant slaDueAt) {
}
