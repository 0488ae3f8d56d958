package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Money;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work order was raised on a case, in status OPEN (an owner-approval request, if needed, follows as its
 * own event). The event's timestamp is the creation time.
 */
@Revision("1")
public record WorkOrderCreatedEvent(UUID workOrderId,
                                    UUID organizationId,
                                    UUID caseId,
                                    String workOrderNumber,
                                    String title,
                                    String description,
                                    String trade,
                                    CasePriority priority,
                                    UUID propertyId,
                                    UUID unitId,
                                    Instant slaDueAt,
                                    Money estimate,
                                    Money notToExceed,
                                    String createdBy) {
}
