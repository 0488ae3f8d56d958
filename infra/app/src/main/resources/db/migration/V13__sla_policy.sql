-- Read model "sla-policy": the SLA targets each organization set for itself, rebuilt from events. An
-- organization without a row works with the defaults (URGENT 4 h, HIGH 24 h, NORMAL 72 h, LOW 7 days).
CREATE TABLE sla_policy_view (
    organization_id UUID        NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT sla_policy_view_pk PRIMARY KEY (organization_id)
);

-- One target per priority, as an ISO-8601 duration (PT4H, P7D): exact, and readable here.
CREATE TABLE sla_policy_target (
    organization_id   UUID        NOT NULL,
    priority          VARCHAR(20) NOT NULL,
    resolution_target VARCHAR(40) NOT NULL,
    CONSTRAINT sla_policy_target_pk PRIMARY KEY (organization_id, priority),
    CONSTRAINT sla_policy_target_policy_fk FOREIGN KEY (organization_id)
        REFERENCES sla_policy_view (organization_id) ON DELETE CASCADE
);
