package com.vivanta.ops.api.ai;

import java.util.Map;

/** What applying a suggestion settled: its type and the final values the target's command is to set. */
public record AppliedAiSuggestion(AiSuggestionType type, Map<String, String> finalValues) {
}
