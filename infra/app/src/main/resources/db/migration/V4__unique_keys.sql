-- Command-side set validation: values that must be unique within a scope (a property code within an
-- organization, an e-mail within an organization ...). Written in the same transaction as the events of
-- the command that claims the value; the primary key decides between concurrent claims.
CREATE TABLE unique_key (
    scope      VARCHAR(120) NOT NULL,
    key_value  VARCHAR(320) NOT NULL,
    owner_id   UUID         NOT NULL,
    claimed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT unique_key_pk PRIMARY KEY (scope, key_value)
);
CREATE INDEX unique_key_owner_idx ON unique_key (owner_id);
