-- Failed sign-ins with e-mails that match no account are throttled like those on real accounts, so that
-- a 429 says nothing about whether an address exists. Only a hash of the address is kept.
CREATE TABLE unknown_sign_in_failure (
    email_hash CHAR(64)    NOT NULL,
    failed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX unknown_sign_in_failure_hash_idx ON unknown_sign_in_failure (email_hash, failed_at);
CREATE INDEX unknown_sign_in_failure_time_idx ON unknown_sign_in_failure (failed_at);

-- Installations that ran before the command-side set tables existed (V4, V8) have users, roles and
-- organizations but no claims for them: fill the sets from what the directory shows, so that uniqueness
-- and the last-administrator rule hold for what was there before, too. On a new database this does nothing.
INSERT INTO unique_key (scope, key_value, owner_id)
SELECT 'user-email/' || organization_id, lower(trim(email)), id FROM directory_user
ON CONFLICT DO NOTHING;

INSERT INTO unique_key (scope, key_value, owner_id)
SELECT 'role-name/' || organization_id, lower(trim(role_name)), id FROM directory_role
ON CONFLICT DO NOTHING;

INSERT INTO unique_key (scope, key_value, owner_id)
SELECT 'organization-slug/00000000-0000-4000-8000-000000000000', lower(trim(slug)), id FROM directory_organization
ON CONFLICT DO NOTHING;

INSERT INTO organization_administrator (organization_id, user_id)
SELECT u.organization_id, u.id
FROM directory_user u
JOIN directory_user_role ur ON ur.user_id = u.id
JOIN directory_role r ON r.id = ur.role_id
WHERE u.status = 'ACTIVE'
  AND r.role_name = CASE WHEN u.organization_id = '00000000-0000-4000-8000-000000000000'
                         THEN 'platform-operator' ELSE 'admin' END
ON CONFLICT DO NOTHING;
