-- A projection being rebuilt beside the running processor (ProjectionRebuilds): the processor leaves it alone
-- until the rebuild has caught up, also across a restart.
CREATE TABLE projection_rebuild (
    projection    VARCHAR(255) PRIMARY KEY,
    started_at    TIMESTAMPTZ  NOT NULL,
    head_at_start BIGINT       NOT NULL
);
