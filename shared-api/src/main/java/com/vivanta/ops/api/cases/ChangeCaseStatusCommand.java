package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a case along its lifecycle. {@code ownerVisibleStatus} (nullable) is set in the same step when
 * given; {@code note} (nullable) explains the change.
 */
public record ChangeCaseStatusCommand(@TargetAggregateIdentifier UUID caseId,
                                      CaseStatus status,
                                      String ownerVisibleStatus,
                                      String note) {
}
