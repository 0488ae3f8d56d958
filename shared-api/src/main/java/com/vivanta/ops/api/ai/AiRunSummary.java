package com.vivanta.ops.api.ai;

import java.util.List;

/**
 * How the assistant does, per capability and per prompt template version. Rates are over settled
 * suggestions (applied + rejected); {@code editRate} is the share of applied ones an operator changed.
 * Averages are over COMPLETED runs; a rate or average with nothing to count is null.
 */
public record AiRunSummary(Totals overall, List<Group> groups) {

    public record Totals(long totalRuns,
                         long completedRuns,
                         long failedRuns,
                         long suggestionsCreated,
                         long suggestionsApplied,
                         long suggestionsRejected,
                         long suggestionsEdited,
                         Double acceptanceRate,
                         Double rejectionRate,
                         Double editRate,
                         Double meanConfidence,
                         Double meanLatencyMs,
                         long evaluationsPositive,
                         long evaluationsNegative) {
    }

    public record Group(AiCapability capability, String promptTemplateKey, Integer promptTemplateVersion,
                        Totals totals) {
    }
}
