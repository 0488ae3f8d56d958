-- The owner portal's read models. They are separate from the operators' views so that what an owner can
-- ever be shown is decided by what these tables hold: no internal description, note, assignee or reason
-- is stored here at all.

-- Read model "portal-owner": the owners portal users stand for.
CREATE TABLE portal_owner (
    id                  UUID          NOT NULL,
    organization_id     UUID          NOT NULL,
    display_name        VARCHAR(200)  NOT NULL,
    email               VARCHAR(320),
    phone               VARCHAR(60),
    is_company          BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT portal_owner_pk PRIMARY KEY (id)
);

-- Read model "portal-property": properties and who holds them on which days.
CREATE TABLE portal_property (
    id                  UUID          NOT NULL,
    organization_id     UUID          NOT NULL,
    property_code       VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    street              VARCHAR(200),
    city                VARCHAR(120),
    postal_code         VARCHAR(20),
    country_code        VARCHAR(2),
    property_type       VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT portal_property_pk PRIMARY KEY (id)
);

CREATE TABLE portal_ownership (
    property_id          UUID           NOT NULL REFERENCES portal_property (id) ON DELETE CASCADE,
    owner_id             UUID           NOT NULL,
    organization_id      UUID           NOT NULL,
    percentage           NUMERIC(7, 4),
    start_date           DATE,
    end_date             DATE,
    primary_contact      BOOLEAN        NOT NULL,
    approval_limit_amount   NUMERIC(19, 4),
    approval_limit_currency VARCHAR(3),
    linked_at            TIMESTAMPTZ    NOT NULL,
    CONSTRAINT portal_ownership_pk PRIMARY KEY (property_id, owner_id)
);
CREATE INDEX portal_ownership_owner_idx ON portal_ownership (organization_id, owner_id);

-- Read model "portal-case": the owner-facing face of cases. opened_on is the UTC day of opening, compared
-- with the days of an ownership.
CREATE TABLE portal_case (
    id                    UUID          NOT NULL,
    organization_id       UUID          NOT NULL,
    property_id           UUID,
    title                 VARCHAR(200)  NOT NULL,
    priority              VARCHAR(10)   NOT NULL,
    owner_visible_status  VARCHAR(120),
    opened_at             TIMESTAMPTZ   NOT NULL,
    opened_on             DATE          NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT portal_case_pk PRIMARY KEY (id)
);
CREATE INDEX portal_case_property_idx ON portal_case (organization_id, property_id, updated_at DESC);

-- Read model "portal-work-order": status, dates, trade and money of work orders, and whose answer on the
-- cost is awaited.
CREATE TABLE portal_work_order (
    id                       UUID          NOT NULL,
    organization_id          UUID          NOT NULL,
    property_id              UUID,
    work_order_number        VARCHAR(40)   NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    trade                    VARCHAR(80),
    status                   VARCHAR(30)   NOT NULL,
    estimate_amount          NUMERIC(19, 4),
    estimate_currency        VARCHAR(3),
    not_to_exceed_amount     NUMERIC(19, 4),
    not_to_exceed_currency   VARCHAR(3),
    actual_cost_amount       NUMERIC(19, 4),
    actual_cost_currency     VARCHAR(3),
    approval_limit_amount    NUMERIC(19, 4),
    approval_limit_currency  VARCHAR(3),
    owner_approval_status    VARCHAR(20)   NOT NULL,
    approval_requested_at    TIMESTAMPTZ,
    approval_decided_at      TIMESTAMPTZ,
    created_at               TIMESTAMPTZ   NOT NULL,
    created_on               DATE          NOT NULL,
    scheduled_for            TIMESTAMPTZ,
    started_at               TIMESTAMPTZ,
    completed_at             TIMESTAMPTZ,
    cancelled_at             TIMESTAMPTZ,
    updated_at               TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT portal_work_order_pk PRIMARY KEY (id)
);
CREATE INDEX portal_work_order_property_idx ON portal_work_order (organization_id, property_id, updated_at DESC);

CREATE TABLE portal_work_order_owner (
    work_order_id   UUID  NOT NULL REFERENCES portal_work_order (id) ON DELETE CASCADE,
    owner_id        UUID  NOT NULL,
    CONSTRAINT portal_work_order_owner_pk PRIMARY KEY (work_order_id, owner_id)
);

-- Read model "portal-invoice": invoices with their totals and the OWNER step of their current flow.
CREATE TABLE portal_invoice (
    id                      UUID          NOT NULL,
    organization_id         UUID          NOT NULL,
    property_id             UUID,
    work_order_id           UUID,
    invoice_number          VARCHAR(80),
    invoice_date            DATE,
    due_date                DATE,
    status                  VARCHAR(30)   NOT NULL,
    currency                VARCHAR(3)    NOT NULL,
    subtotal_amount         NUMERIC(19, 4) NOT NULL,
    tax_amount              NUMERIC(19, 4) NOT NULL,
    total_amount            NUMERIC(19, 4) NOT NULL,
    approved_at             TIMESTAMPTZ,
    exported_at             TIMESTAMPTZ,
    created_at              TIMESTAMPTZ   NOT NULL,
    created_on              DATE          NOT NULL,
    -- The OWNER step of the latest flow, if it has one (a route has at most one such step per flow here).
    owner_step_flow_id      UUID,
    owner_step_order        INTEGER,
    owner_step_status       VARCHAR(20),
    owner_step_requested_at TIMESTAMPTZ,
    owner_step_decided_at   TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT portal_invoice_pk PRIMARY KEY (id)
);
CREATE INDEX portal_invoice_property_idx ON portal_invoice (organization_id, property_id, status);

CREATE TABLE portal_invoice_owner (
    invoice_id   UUID  NOT NULL REFERENCES portal_invoice (id) ON DELETE CASCADE,
    owner_id     UUID  NOT NULL,
    CONSTRAINT portal_invoice_owner_pk PRIMARY KEY (invoice_id, owner_id)
);
