-- Read model "invoice-view": the operators' view of vendor invoices, rebuilt from events.
CREATE TABLE invoice_view (
    id                       UUID          NOT NULL,
    organization_id          UUID          NOT NULL,
    vendor_id                UUID,
    property_id              UUID,
    work_order_id            UUID,
    source_document_id       UUID,
    invoice_number           TEXT,
    invoice_date             DATE,
    due_date                 DATE,
    currency                 VARCHAR(3)    NOT NULL,
    expense_category         VARCHAR(40),
    -- Copied from the events, which derive them from the lines; never computed here.
    subtotal_amount          NUMERIC(19, 4) NOT NULL,
    subtotal_currency        VARCHAR(3)    NOT NULL,
    tax_amount               NUMERIC(19, 4) NOT NULL,
    tax_currency             VARCHAR(3)    NOT NULL,
    total_amount             NUMERIC(19, 4) NOT NULL,
    total_currency           VARCHAR(3)    NOT NULL,
    status                   VARCHAR(30)   NOT NULL,
    duplicate_check_status   VARCHAR(30)   NOT NULL,
    -- What the soft duplicate check found; shown, never filtered on.
    similar_invoice_ids      JSONB         NOT NULL,
    duplicate_cleared_reason TEXT,
    -- NULL until the invoice is first submitted.
    nte_check                VARCHAR(20),
    current_flow_id          UUID,
    policy_id                UUID,
    policy_version           INTEGER,
    policy_rule              TEXT,
    rejection_reason         TEXT,
    export_id                UUID,
    exported_at              TIMESTAMPTZ,
    created_by               VARCHAR(64)   NOT NULL,
    submitted_by             VARCHAR(64),
    created_at               TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT invoice_view_pk PRIMARY KEY (id)
);
CREATE INDEX invoice_view_organization_updated_idx ON invoice_view (organization_id, updated_at DESC, id);
CREATE INDEX invoice_view_organization_status_idx ON invoice_view (organization_id, status, created_at);
CREATE INDEX invoice_view_organization_vendor_date_idx ON invoice_view (organization_id, vendor_id, invoice_date);
CREATE INDEX invoice_view_organization_property_idx ON invoice_view (organization_id, property_id);
CREATE INDEX invoice_view_organization_work_order_idx ON invoice_view (organization_id, work_order_id);
CREATE INDEX invoice_view_export_idx ON invoice_view (export_id);

-- The lines of each invoice. Quantities, prices and rates keep the scale they were entered with (plain
-- NUMERIC), so that the view and the accounting export show them as the vendor's paper does.
CREATE TABLE invoice_line_view (
    invoice_id  UUID    NOT NULL,
    line_number INTEGER NOT NULL,
    description TEXT,
    quantity    NUMERIC NOT NULL,
    unit_price  NUMERIC NOT NULL,
    tax_rate    NUMERIC,
    gl_account  TEXT,
    amount      NUMERIC NOT NULL,
    tax         NUMERIC NOT NULL,
    CONSTRAINT invoice_line_view_pk PRIMARY KEY (invoice_id, line_number),
    CONSTRAINT invoice_line_view_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice_view (id) ON DELETE CASCADE
);

-- Read model "approval-flow-view": the approval flows of invoices (they live inside the Invoice aggregate),
-- rebuilt from the invoices' events.
-- Each invoice's organization, and who entered or ever submitted it (a JSON array of user ids, in order):
-- separation of duties keeps them from approving it, and the flow events do not repeat them.
CREATE TABLE approval_flow_invoice (
    invoice_id       UUID  NOT NULL,
    organization_id  UUID  NOT NULL,
    barred_approvers JSONB NOT NULL,
    CONSTRAINT approval_flow_invoice_pk PRIMARY KEY (invoice_id)
);

CREATE TABLE approval_flow_view (
    id                 UUID         NOT NULL,
    organization_id    UUID         NOT NULL,
    invoice_id         UUID         NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    policy_id          UUID,
    policy_version     INTEGER      NOT NULL,
    rule_name          TEXT         NOT NULL,
    -- The user who submitted the invoice for approval.
    initiated_by       VARCHAR(64)  NOT NULL,
    -- Who may not approve in this flow (separation of duties), in order: the invoice's creator and
    -- submitters, then each user who approved a step (nobody approves two steps of one flow).
    barred_approvers   JSONB        NOT NULL,
    started_at         TIMESTAMPTZ  NOT NULL,
    completed_at       TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ  NOT NULL,
    -- The invoice's sequence number of the last event that changed the flow.
    version            BIGINT       NOT NULL,
    CONSTRAINT approval_flow_view_pk PRIMARY KEY (id)
);
CREATE INDEX approval_flow_view_organization_started_idx ON approval_flow_view (organization_id, started_at DESC, id);
CREATE INDEX approval_flow_view_organization_invoice_idx ON approval_flow_view (organization_id, invoice_id);
CREATE INDEX approval_flow_view_organization_status_idx ON approval_flow_view (organization_id, status, started_at);

CREATE TABLE approval_step_view (
    flow_id    UUID         NOT NULL,
    step_order INTEGER      NOT NULL,
    name       TEXT         NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    mode       VARCHAR(10)  NOT NULL,
    -- JSON arrays of ids (user ids sorted, owner ids in the route's order); "my pending approvals" looks
    -- into user_ids with @>.
    user_ids   JSONB        NOT NULL,
    role_name  TEXT,
    owner_ids  JSONB        NOT NULL,
    status     VARCHAR(30)  NOT NULL,
    -- Decisions and reassignments on the step, oldest first.
    decisions  JSONB        NOT NULL,
    CONSTRAINT approval_step_view_pk PRIMARY KEY (flow_id, step_order),
    CONSTRAINT approval_step_view_flow_fk FOREIGN KEY (flow_id) REFERENCES approval_flow_view (id) ON DELETE CASCADE
);
CREATE INDEX approval_step_view_pending_idx ON approval_step_view (flow_id) WHERE status = 'PENDING';
