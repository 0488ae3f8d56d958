-- Read model "approval-policy": the approval policy each organization defined, rebuilt from events.
-- Organizations without a row work with the built-in default policy (version 0).
CREATE TABLE approval_policy_view (
    organization_id            UUID          NOT NULL,
    policy_id                  UUID          NOT NULL,
    policy_version             INTEGER       NOT NULL,
    -- Read and written whole, never filtered on: routing an invoice evaluates the policy in memory.
    rules                      JSONB         NOT NULL,
    nte_tolerance_percent      INTEGER       NOT NULL,
    require_approval_for_all   BOOLEAN       NOT NULL,
    updated_by                 VARCHAR(64)   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    version                    BIGINT        NOT NULL,
    CONSTRAINT approval_policy_view_pk PRIMARY KEY (organization_id)
);
