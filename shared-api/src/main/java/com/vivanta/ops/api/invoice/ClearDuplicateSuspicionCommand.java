package com.vivanta.ops.api.invoice;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone looked at the similar invoices and says, with a reason, that this one is not a duplicate. */
public record ClearDuplicateSuspicionCommand(@TargetAggregateIdentifier UUID invoiceId, String reason) {
}
