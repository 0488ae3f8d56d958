package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a sign-in attempt on an account whose password was just checked. Refused while the account
 * is throttled after repeated failures, whatever the outcome of the check.
 */
public record RecordSignInCommand(@TargetAggregateIdentifier UUID userId, boolean passwordMatched) {
}
