-- Command-side set state for "an organization always keeps an active administrator": who holds the
-- administrator role and is active, per organization. Written in the same transaction as the user events
-- that change it, under a per-organization advisory lock.
CREATE TABLE organization_administrator (
    organization_id UUID NOT NULL,
    user_id         UUID NOT NULL,
    CONSTRAINT organization_administrator_pk PRIMARY KEY (organization_id, user_id)
);

-- The user directory learns portal links and sign-ins.
ALTER TABLE directory_user ADD COLUMN owner_id UUID;
ALTER TABLE directory_user ADD COLUMN last_login_at TIMESTAMPTZ;
CREATE INDEX directory_user_owner_idx ON directory_user (owner_id);
