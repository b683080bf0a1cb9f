-- Staff accounts of the newsroom and their login attempts.
CREATE TABLE staff (
    id             uuid        PRIMARY KEY,
    email          text        NOT NULL,
    display_name   text        NOT NULL,
    role           text        NOT NULL,
    password_hash  text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    -- Bumped when the password changes or the account is deactivated: older tokens stop working.
    token_version  integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT staff_role_known CHECK (role IN ('contributor', 'editor', 'admin')),
    CONSTRAINT staff_email_shape CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    CONSTRAINT staff_display_name_not_blank CHECK (length(btrim(display_name)) BETWEEN 1 AND 200)
);

-- Emails are unique whatever their case.
CREATE UNIQUE INDEX staff_email_key ON staff (lower(email));
CREATE INDEX staff_created_at_id_idx ON staff (created_at, id);

-- Failed logins, counted per account and per client address over a sliding window; kept in the
-- database so that every instance sees the same counts. Old rows are pruned as new ones arrive.
CREATE TABLE login_failure (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          text        NOT NULL,
    client_address text        NOT NULL,
    failed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at);
CREATE INDEX login_failure_client_idx ON login_failure (client_address, failed_at);
CREATE INDEX login_failure_failed_at_idx ON login_failure (failed_at);

-- Section slugs: words the API uses as path segments are not slugs.
ALTER TABLE section ADD CONSTRAINT section_slug_not_reserved CHECK (slug NOT IN ('by-id', 'changes', 'feed'));
