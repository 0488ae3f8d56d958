-- Read model "property-directory": properties with their buildings, units and ownerships, rebuilt from
-- the Property aggregate's events. Child rows carry the organization too, so that every query can be
-- confined to one tenant without a join.
CREATE TABLE property_view (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    property_code   VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    street          VARCHAR(200),
    city            VARCHAR(100),
    postal_code     VARCHAR(20),
    country_code    VARCHAR(2),
    status          VARCHAR(20)  NOT NULL,
    property_type   VARCHAR(20)  NOT NULL,
    manager_user_id UUID,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    -- Sequence number of the property's last event of any kind (also buildings, units, owners).
    version         BIGINT       NOT NULL,
    CONSTRAINT property_view_pk PRIMARY KEY (id)
);
CREATE INDEX property_view_organization_created_idx ON property_view (organization_id, created_at DESC, id);

CREATE TABLE building_view (
    id              UUID         NOT NULL,
    property_id     UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    name            VARCHAR(120),
    building_code   VARCHAR(40),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT building_view_pk PRIMARY KEY (id)
);
CREATE INDEX building_view_property_idx ON building_view (property_id, created_at);

CREATE TABLE unit_view (
    id               UUID          NOT NULL,
    property_id      UUID          NOT NULL,
    organization_id  UUID          NOT NULL,
    building_id      UUID,
    unit_number      VARCHAR(40)   NOT NULL,
    floor_label      VARCHAR(40),
    unit_type        VARCHAR(80),
    square_meters    NUMERIC(12, 2),
    bedroom_count    INTEGER,
    bathroom_count   NUMERIC(5, 1),
    occupancy_status VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT unit_view_pk PRIMARY KEY (id)
);
CREATE INDEX unit_view_property_idx ON unit_view (property_id, created_at, id);

CREATE TABLE ownership_view (
    property_id             UUID           NOT NULL,
    owner_id                UUID           NOT NULL,
    organization_id         UUID           NOT NULL,
    percentage              NUMERIC(7, 4),
    start_date              DATE,
    end_date                DATE,
    primary_contact         BOOLEAN        NOT NULL,
    approval_limit_amount   NUMERIC(19, 4),
    approval_limit_currency VARCHAR(3),
    linked_at               TIMESTAMPTZ    NOT NULL,
    updated_at              TIMESTAMPTZ    NOT NULL,
    CONSTRAINT ownership_view_pk PRIMARY KEY (property_id, owner_id)
);
CREATE INDEX ownership_view_owner_idx ON ownership_view (owner_id);
