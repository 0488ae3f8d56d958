package com.vivanta.ops.api.task;

import com.vivanta.ops.api.cases.CasePriority;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a task's details (a PATCH); not once it is DONE or CANCELLED. {@code null} leaves a value as
 * it is; the clearable fields are {@link Optional}s so that "leave it" ({@code null}) and "clear it"
 * ({@code Optional.empty()}) stay distinct.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record ReviseTaskCommand(@TargetAggregateIdentifier UUID taskId,
                                String taskType,
                                String title,
                                Optional<String> description,
                                CasePriority priority,
                                Optional<RelatedEntity> relatedEntity,
                                Optional<Instant> dueAt) {
}
