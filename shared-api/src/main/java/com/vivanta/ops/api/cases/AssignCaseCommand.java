package com.vivanta.ops.api.cases;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands a case to a user of the organization, or takes it back when {@code assignedUserId} is null. */
public record AssignCaseCommand(@TargetAggregateIdentifier UUID caseId, UUID assignedUserId) {
}
