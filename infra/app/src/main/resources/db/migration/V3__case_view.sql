-- Read model "case-view": the operators' view of maintenance cases, rebuilt from events.
CREATE TABLE case_view (
    id                   UUID         NOT NULL,
    organization_id      UUID         NOT NULL,
    case_type            VARCHAR(80)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    description          TEXT,
    status               VARCHAR(20)  NOT NULL,
    priority             VARCHAR(10)  NOT NULL,
    -- URGENT 0 .. LOW 3, so that queues can sort by urgency in SQL.
    priority_rank        INTEGER      NOT NULL,
    property_id          UUID,
    unit_id              UUID,
    due_at               TIMESTAMPTZ,
    assigned_user_id     UUID,
    owner_visible_status VARCHAR(120),
    created_by           VARCHAR(64)  NOT NULL,
    opened_at            TIMESTAMPTZ  NOT NULL,
    closed_at            TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT case_view_pk PRIMARY KEY (id)
);
CREATE INDEX case_view_organization_updated_idx ON case_view (organization_id, updated_at DESC, id);
CREATE INDEX case_view_organization_status_idx ON case_view (organization_id, status);
CREATE INDEX case_view_organization_assignee_idx ON case_view (organization_id, assigned_user_id);
CREATE INDEX case_view_organization_property_idx ON case_view (organization_id, property_id);
