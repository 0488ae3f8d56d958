package com.vivanta.ops.query.audit;

import static com.vivanta.ops.query.common.CsvFields.row;
import static com.vivanta.ops.query.common.CsvFields.text;

import com.vivanta.ops.api.audit.AuditEntryView;
import java.util.List;
import java.util.Objects;

/**
 * The audit log as CSV: a header, then one row per entry in the order of the JSON list, with the same
 * values (the payload as its JSON text). Text that people or other systems chose (ids of actors,
 * correlation ids, the payload) is defused for spreadsheets ({@link com.vivanta.ops.query.common.CsvFields}).
 */
final class AuditCsv {

    static final List<String> HEADER = List.of(
            "event_id", "global_sequence", "occurred_at", "aggregate_type", "aggregate_id", "aggregate_sequence",
            "event_type", "actor_user_id", "organization_id", "correlation_id", "request_id", "ai_suggestion_id",
            "payload");

    private AuditCsv() {
    }

    static String of(List<AuditEntryView> entries) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (AuditEntryView entry : entries) {
            row(csv, List.of(text(entry.eventId()), String.valueOf(entry.globalSequence()),
                             entry.occurredAt().toString(), text(entry.aggregateType()), text(entry.aggregateId()),
                             String.valueOf(entry.aggregateSequence()), text(entry.eventType()),
                             text(entry.actorUserId()), Objects.toString(entry.organizationId(), ""),
                             text(entry.correlationId()), text(entry.requestId()), text(entry.aiSuggestionId()),
                             text(entry.payload())));
        }
        return csv.toString();
    }
}
