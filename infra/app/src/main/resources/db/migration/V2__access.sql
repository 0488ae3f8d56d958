-- Credentials live beside the event store, written in the same transaction as the UserRegisteredEvent,
-- so that password hashes never enter the (append-only, replayable) event stream.
CREATE TABLE user_credential (
    user_id       UUID         NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT user_credential_pk PRIMARY KEY (user_id)
);

-- Read model "access-directory": organizations, users and roles, rebuilt from events.
CREATE TABLE directory_organization (
    id         UUID         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    slug       VARCHAR(64)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT directory_organization_pk PRIMARY KEY (id)
);
CREATE INDEX directory_organization_slug_idx ON directory_organization (slug);

CREATE TABLE directory_role (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    role_name       VARCHAR(64)  NOT NULL,
    description     VARCHAR(256),
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT directory_role_pk PRIMARY KEY (id)
);
CREATE INDEX directory_role_organization_idx ON directory_role (organization_id);

CREATE TABLE directory_role_permission (
    role_id    UUID        NOT NULL,
    permission VARCHAR(64) NOT NULL,
    CONSTRAINT directory_role_permission_pk PRIMARY KEY (role_id, permission),
    CONSTRAINT directory_role_permission_role_fk FOREIGN KEY (role_id) REFERENCES directory_role (id) ON DELETE CASCADE
);

CREATE TABLE directory_user (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    email           VARCHAR(254) NOT NULL,
    first_name      VARCHAR(120) NOT NULL,
    last_name       VARCHAR(120) NOT NULL,
    user_type       VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT directory_user_pk PRIMARY KEY (id)
);
CREATE INDEX directory_user_email_idx ON directory_user (lower(email));
CREATE INDEX directory_user_organization_idx ON directory_user (organization_id);

CREATE TABLE directory_user_role (
    user_id UUID NOT NULL,
    role_id UUID NOT NULL,
    CONSTRAINT directory_user_role_pk PRIMARY KEY (user_id, role_id),
    CONSTRAINT directory_user_role_user_fk FOREIGN KEY (user_id) REFERENCES directory_user (id) ON DELETE CASCADE
);
