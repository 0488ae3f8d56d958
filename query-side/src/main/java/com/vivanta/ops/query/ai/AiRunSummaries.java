package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiRunSummary;
import com.vivanta.ops.api.ai.AiRunSummary.Group;
import com.vivanta.ops.api.ai.AiRunSummary.Totals;
import com.vivanta.ops.api.ai.FindAiRunSummaryQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evaluation figures over the AI read models, counted by the database: runs by their outcome, suggestions
 * by what operators made of them, feedback by its verdict — per capability and prompt template version,
 * so that a new template's acceptance can be set against the old one's.
 */
@Component
class AiRunSummaries {

    private static final String PER_TEMPLATE = """
            SELECT r.capability, r.prompt_template_key, r.prompt_template_version,
                   count(*)                                                    AS runs,
                   count(*) FILTER (WHERE r.status = 'COMPLETED')              AS completed,
                   count(*) FILTER (WHERE r.status = 'FAILED')                 AS failed,
                   coalesce(sum(r.confidence) FILTER (WHERE r.status = 'COMPLETED'), 0) AS confidence_sum,
                   coalesce(sum(r.latency_ms) FILTER (WHERE r.status = 'COMPLETED'), 0) AS latency_sum,
                   coalesce(sum(s.created), 0)   AS created,
                   coalesce(sum(s.applied), 0)   AS applied,
                   coalesce(sum(s.rejected), 0)  AS rejected,
                   coalesce(sum(s.edited), 0)    AS edited,
                   coalesce(sum(e.positive), 0)  AS positive,
                   coalesce(sum(e.negative), 0)  AS negative
              FROM ai_run_view r
              LEFT JOIN (SELECT run_id,
                                count(*) AS created,
                                count(*) FILTER (WHERE status = 'APPLIED') AS applied,
                                count(*) FILTER (WHERE status = 'REJECTED') AS rejected,
                                count(*) FILTER (WHERE status = 'APPLIED'
                                                 AND jsonb_array_length(edited_fields) > 0) AS edited
                           FROM ai_suggestion_view WHERE organization_id = ? GROUP BY run_id) s ON s.run_id = r.id
              LEFT JOIN (SELECT run_id,
                                count(*) FILTER (WHERE outcome = 'POSITIVE') AS positive,
                                count(*) FILTER (WHERE outcome = 'NEGATIVE') AS negative
                           FROM ai_run_evaluation WHERE organization_id = ? GROUP BY run_id) e ON e.run_id = r.id
             WHERE r.organization_id = ?
               AND (CAST(? AS VARCHAR) IS NULL OR r.capability = ?)
               AND (CAST(? AS TIMESTAMPTZ) IS NULL OR r.started_at >= ?)
               AND (CAST(? AS TIMESTAMPTZ) IS NULL OR r.started_at <= ?)
             GROUP BY r.capability, r.prompt_template_key, r.prompt_template_version
             ORDER BY r.capability, r.prompt_template_key, r.prompt_template_version
            """;

    private final JdbcTemplate jdbc;

    AiRunSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums and counts of one group; rates and means are worked out from them, so groups add up. */
    private record Counts(long runs, long completed, long failed, double confidenceSum, double latencySum,
                          long created, long applied, long rejected, long edited, long positive, long negative) {

        Counts plus(Counts other) {
            return new Counts(runs + other.runs, completed + other.completed, failed + other.failed,
                              confidenceSum + other.confidenceSum, latencySum + other.latencySum,
                              created + other.created, applied + other.applied, rejected + other.rejected,
                              edited + other.edited, positive + other.positive, negative + other.negative);
        }

        Totals totals() {
            long settled = applied + rejected;
            return new Totals(runs, completed, failed, created, applied, rejected, edited,
                              ratio(applied, settled), ratio(rejected, settled), ratio(edited, applied),
                              completed == 0 ? null : confidenceSum / completed,
                              completed == 0 ? null : latencySum / completed, positive, negative);
        }

        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    private record TemplateCounts(AiCapability capability, String templateKey, int templateVersion, Counts counts) {
    }

    @QueryHandler
    AiRunSummary handle(FindAiRunSummaryQuery query) {
        String capability = query.capability() == null ? null : query.capability().name();
        Timestamp from = query.createdFrom() == null ? null : Timestamp.from(query.createdFrom());
        Timestamp to = query.createdTo() == null ? null : Timestamp.from(query.createdTo());
        List<Group> groups = new ArrayList<>();
        Counts overall = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (TemplateCounts row : jdbc.query(PER_TEMPLATE, (rs, n) -> new TemplateCounts(
                                                     AiCapability.valueOf(rs.getString(1)), rs.getString(2),
                                                     rs.getInt(3), counts(rs)),
                                             query.organizationId(), query.organizationId(), query.organizationId(),
                                             capability, capability, from, from, to, to)) {
            overall = overall.plus(row.counts());
            groups.add(new Group(row.capability(), row.templateKey(), row.templateVersion(), row.counts().totals()));
        }
        return new AiRunSummary(overall.totals(), groups);
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("runs"), rs.getLong("completed"), rs.getLong("failed"),
                          rs.getDouble("confidence_sum"), rs.getDouble("latency_sum"), rs.getLong("created"),
                          rs.getLong("applied"), rs.getLong("rejected"), rs.getLong("edited"),
                          rs.getLong("positive"), rs.getLong("negative"));
    }
}
