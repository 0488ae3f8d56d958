package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raises a work order on a case; it starts OPEN, or AWAITING_OWNER_APPROVAL when its not-to-exceed is
 * above the owners' limit. The organization and creator come from the metadata.
 *
 * @param requestedNumber    the number the operator chose; null to have the next {@code WO-nnnnnn} given
 * @param priority           taken from the case unless the operator chose another
 * @param propertyId         the case's property (null when the case has none), whose owners approve cost
 * @param slaDueAt           the due time the operator chose; null to compute it with {@code slaTarget}
 * @param slaTarget          the organization's target for the priority
 * @param estimate           nullable
 * @param notToExceed        the cost ceiling; nullable (then no owner approval is asked)
 * @param ownerApprovalLimit the property owners' strictest limit today; null when none applies
 */
public record CreateWorkOrderCommand(@TargetAggregateIdentifier UUID workOrderId,
                                     UUID caseId,
                                     String requestedNumber,
                                     String title,
                                     String description,
                                     String trade,
                                     CasePriority priority,
                                     UUID propertyId,
                                     UUID unitId,
                                     Instant slaDueAt,
                                     Duration slaTarget,
                                     Money estimate,
                                     Money notToExceed,
                                     OwnerApprovalLimit ownerApprovalLimit) {
}
