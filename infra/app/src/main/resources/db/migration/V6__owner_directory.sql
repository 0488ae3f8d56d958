-- Read model "owner-directory": the owners of property each organization manages, rebuilt from events.
-- The uniqueness of owner e-mails is not enforced here but on the command side (unique_key, scope
-- owner-email/<organization>): a read model lags behind and may be rebuilt, so it cannot decide it.
CREATE TABLE owner_view (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    display_name    VARCHAR(160) NOT NULL,
    -- Trimmed and lower-cased by the aggregate.
    email           VARCHAR(254),
    phone           VARCHAR(40),
    is_company      BOOLEAN      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- The registration event's timestamp; the list is ordered by it.
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT owner_view_pk PRIMARY KEY (id)
);
CREATE INDEX owner_view_organization_created_idx ON owner_view (organization_id, created_at DESC, id);
CREATE INDEX owner_view_organization_status_idx ON owner_view (organization_id, status);
