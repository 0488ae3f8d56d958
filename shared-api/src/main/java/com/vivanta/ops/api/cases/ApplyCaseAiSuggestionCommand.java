package com.vivanta.ops.api.cases;

import java.util.Map;
import java.util.UUID;

/**
 * An operator applies an AI suggestion about this case, with optional edits of its values. The suggestion
 * is settled and the case changed in one transaction, or neither happens.
 */
public record ApplyCaseAiSuggestionCommand(UUID caseId, UUID suggestionId, Map<String, String> edits) {
}
