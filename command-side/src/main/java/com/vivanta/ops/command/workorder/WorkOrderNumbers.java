package com.vivanta.ops.command.workorder;

import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives work orders their numbers, unique within the organization: the one the operator chose, or the
 * next of the organization's readable series {@code WO-000001}, {@code WO-000002}, ... The counter moves
 * in the transaction that stores the work order, so a refused or rolled-back creation leaves no gap;
 * concurrent creations in one organization take turns on the counter's row.
 */
@Component
class WorkOrderNumbers {

    private static final String KIND = "work-order-number";
    private static final String FIELD = "workOrderNumber";

    private final JdbcTemplate jdbc;
    private final UniqueKeys uniqueKeys;

    WorkOrderNumbers(JdbcTemplate jdbc, UniqueKeys uniqueKeys) {
        this.jdbc = jdbc;
        this.uniqueKeys = uniqueKeys;
    }

    /** The number the work order gets; a chosen number already taken is refused as a duplicate. */
    String assign(UUID organizationId, UUID workOrderId, String requested) {
        if (requested != null) {
            uniqueKeys.claim(UniqueKey.within(organizationId, KIND, requested, FIELD), workOrderId);
            return requested.trim();
        }
        String candidate;
        do {
            // A number someone chose by hand may lie ahead in the series: skip it.
            candidate = "WO-%06d".formatted(next(organizationId));
        } while (!uniqueKeys.tryClaim(UniqueKey.within(organizationId, KIND, candidate, FIELD), workOrderId));
        return candidate;
    }

    private long next(UUID organizationId) {
        return jdbc.queryForObject("""
                                   INSERT INTO work_order_number_counter (organization_id, last_value) VALUES (?, 1)
                                   ON CONFLICT (organization_id)
                                   DO UPDATE SET last_value = work_order_number_counter.last_value + 1
                                   RETURNING last_value
                                   """, Long.class, organizationId);
    }
}
