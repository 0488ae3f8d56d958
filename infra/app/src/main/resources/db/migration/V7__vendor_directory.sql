-- Read model "vendor-directory": the organization's vendors and their compliance documents, rebuilt
-- from events.
CREATE TABLE vendor_view (
    id                   UUID         NOT NULL,
    organization_id      UUID         NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    vendor_type          VARCHAR(80),
    email                VARCHAR(254),
    phone                VARCHAR(40),
    trade_category       VARCHAR(80),
    tax_id               VARCHAR(80),
    status               VARCHAR(20)  NOT NULL,
    -- NULL: no insurance certificate on file (the vendor cannot be dispatched).
    insurance_expires_on DATE,
    -- NULL: no licence required or on file.
    licence_expires_on   DATE,
    w9_on_file           BOOLEAN      NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT vendor_view_pk PRIMARY KEY (id)
);
CREATE INDEX vendor_view_organization_created_idx ON vendor_view (organization_id, created_at DESC, id);
CREATE INDEX vendor_view_organization_status_idx ON vendor_view (organization_id, status);
CREATE INDEX vendor_view_organization_trade_idx ON vendor_view (organization_id, lower(trade_category));

-- The regions a vendor serves, in the order given; each at most once per vendor (in any case).
CREATE TABLE vendor_service_region (
    vendor_id UUID        NOT NULL,
    position  INTEGER     NOT NULL,
    region    VARCHAR(80) NOT NULL,
    CONSTRAINT vendor_service_region_pk PRIMARY KEY (vendor_id, position),
    CONSTRAINT vendor_service_region_vendor_fk FOREIGN KEY (vendor_id) REFERENCES vendor_view (id) ON DELETE CASCADE
);
CREATE INDEX vendor_service_region_region_idx ON vendor_service_region (lower(region), vendor_id);
