package com.vivanta.ops.api.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a case's details (a PATCH). Every field is optional: {@code null} leaves the value as it is.
 * The clearable fields are {@link Optional}s so that "leave it" ({@code null}) and "clear it"
 * ({@code Optional.empty()}) stay distinct.
 */
public record ReviseCaseCommand(@TargetAggregateIdentifier UUID caseId,
                                String caseType,
                                String title,
                                Optional<String> description,
                                CasePriority priority,
                                Optional<UUID> propertyId,
                                Optional<UUID> unitId,
                                Optional<Instant> dueAt,
                                Optional<String> ownerVisibleStatus) {
}
