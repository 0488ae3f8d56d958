-- Read model "work-order-view": the operators' view of work orders, rebuilt from events.
CREATE TABLE work_order_view (
    id                         UUID          NOT NULL,
    organization_id            UUID          NOT NULL,
    case_id                    UUID          NOT NULL,
    work_order_number          VARCHAR(40)   NOT NULL,
    title                      VARCHAR(200)  NOT NULL,
    description                TEXT,
    trade                      VARCHAR(80),
    status                     VARCHAR(30)   NOT NULL,
    priority                   VARCHAR(10)   NOT NULL,
    property_id                UUID,
    unit_id                    UUID,
    vendor_id                  UUID,
    -- What the compliance check found and why the operator dispatched anyway; shown, never filtered on.
    compliance_override        JSONB,
    estimate_amount            NUMERIC(19, 4),
    estimate_currency          VARCHAR(3),
    not_to_exceed_amount       NUMERIC(19, 4),
    not_to_exceed_currency     VARCHAR(3),
    actual_cost_amount         NUMERIC(19, 4),
    actual_cost_currency       VARCHAR(3),
    -- The status alone is a column because the awaiting-owner queue filters on it; the rest is for display.
    owner_approval_status      VARCHAR(20)   NOT NULL,
    owner_approval             JSONB         NOT NULL,
    sla_due_at                 TIMESTAMPTZ,
    scheduled_for              TIMESTAMPTZ,
    started_at                 TIMESTAMPTZ,
    completed_at               TIMESTAMPTZ,
    completion_note            TEXT,
    cancelled_at               TIMESTAMPTZ,
    cancellation_reason        TEXT,
    hold_reason                TEXT,
    reopen_count               INTEGER       NOT NULL,
    created_by                 VARCHAR(64)   NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    version                    BIGINT        NOT NULL,
    CONSTRAINT work_order_view_pk PRIMARY KEY (id)
);
CREATE INDEX work_order_view_organization_updated_idx ON work_order_view (organization_id, updated_at DESC, id);
CREATE INDEX work_order_view_organization_status_idx ON work_order_view (organization_id, status);
CREATE INDEX work_order_view_organization_case_idx ON work_order_view (organization_id, case_id);
CREATE INDEX work_order_view_organization_vendor_idx ON work_order_view (organization_id, vendor_id);
CREATE INDEX work_order_view_organization_property_idx ON work_order_view (organization_id, property_id);
CREATE INDEX work_order_view_organization_due_idx ON work_order_view (organization_id, sla_due_at);
