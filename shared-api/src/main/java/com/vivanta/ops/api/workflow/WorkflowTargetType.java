package com.vivanta.ops.api.workflow;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The entities a workflow run follows; each has exactly one run, of its own workflow type. */
public enum WorkflowTargetType {
    CASE(WorkflowType.CASE_LIFECYCLE),
    WORK_ORDER(WorkflowType.WORK_ORDER),
    INVOICE(WorkflowType.INVOICE_PROCESSING);

    private final WorkflowType workflowType;

    WorkflowTargetType(WorkflowType workflowType) {
        this.workflowType = workflowType;
    }

    public WorkflowType workflowType() {
        return workflowType;
    }

    /**
     * The id of the entity's run. It is derived from the entity rather than drawn at random, so a rebuilt
     * timeline keeps the ids clients hold, and {@code GET /cases/{id}/timeline} needs no lookup.
     */
    public UUID runIdOf(UUID entityId) {
        return UUID.nameUUIDFromBytes((workflowType + ":" + entityId).getBytes(StandardCharsets.UTF_8));
    }
}
