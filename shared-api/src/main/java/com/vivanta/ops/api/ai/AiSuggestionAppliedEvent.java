package com.vivanta.ops.api.ai;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator accepted the suggestion (status APPLIED, final). {@code finalValues} are what the target's
 * domain command is to set: the proposed values with the operator's edits laid over them;
 * {@code editedFields} names the fields whose value the operator changed.
 */
@Revision("1")
public record AiSuggestionAppliedEvent(UUID suggestionId,
                                       AiTarget target,
                                       long targetVersion,
                                       Map<String, String> finalValues,
                                       List<String> editedFields,
                                       String appliedBy) {
}
