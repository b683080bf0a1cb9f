-- Newsletters, their subscribers and the mail Newsdesk sends them.

CREATE TABLE newsletter (
    id             uuid        PRIMARY KEY,
    slug           text        NOT NULL,
    name           text        NOT NULL,
    description    text,
    cadence        text        NOT NULL,
    host_author_id uuid        REFERENCES author (id),
    sender_name    text        NOT NULL,
    status         text        NOT NULL DEFAULT 'active',
    sort_order     integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT newsletter_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    CONSTRAINT newsletter_status CHECK (status IN ('active', 'archived')),
    CONSTRAINT newsletter_cadence CHECK (cadence IN ('daily', 'weekdays', 'weekly', 'fortnightly', 'monthly', 'irregular'))
);
CREATE UNIQUE INDEX newsletter_slug_key ON newsletter (slug);
CREATE INDEX newsletter_host_idx ON newsletter (host_author_id);

-- One row per email address. email is the address as the reader typed it (trimmed), used to send;
-- email_key is the normalised form (lower case, IDN domain in ASCII) that makes two spellings one reader.
CREATE TABLE subscriber (
    id         uuid        PRIMARY KEY,
    email      text        NOT NULL,
    email_key  text        NOT NULL,
    name       text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX subscriber_email_key ON subscriber (email_key);

-- A reader's subscription to one newsletter, with the evidence of consent: when and where it was
-- asked for and confirmed, and a keyed fingerprint of the client's network (never the address).
CREATE TABLE subscription (
    id                     uuid        PRIMARY KEY,
    subscriber_id          uuid        NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    newsletter_id          uuid        NOT NULL REFERENCES newsletter (id),
    status                 text        NOT NULL,
    source                 text,
    consent_at             timestamptz NOT NULL,
    consent_fingerprint    text,
    confirmed_at           timestamptz,
    confirm_fingerprint    text,
    unsubscribed_at        timestamptz,
    confirmation_sent_at   timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscription_status CHECK (status IN ('pending', 'confirmed', 'unsubscribed'))
);
CREATE UNIQUE INDEX subscription_reader_newsletter_key ON subscription (subscriber_id, newsletter_id);
-- The admin list: one newsletter's subscribers by status, newest first, and counts per status.
CREATE INDEX subscription_newsletter_status_idx ON subscription (newsletter_id, status, created_at DESC, id);

-- Confirmation links. Only a SHA-256 of the token is kept; one link may confirm several
-- subscriptions (a sign-up for several newsletters at once).
CREATE TABLE subscription_confirmation (
    token_hash       bytea       PRIMARY KEY,
    subscriber_id    uuid        NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    subscription_ids uuid[]      NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    used_at          timestamptz
);
CREATE INDEX subscription_confirmation_subscriber_idx ON subscription_confirmation (subscriber_id);
CREATE INDEX subscription_confirmation_expires_idx ON subscription_confirmation (expires_at);

-- Mail to send, written in the same transaction as what caused it and delivered from here with
-- retries, by any instance (FOR UPDATE SKIP LOCKED).
CREATE TABLE mail_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id      text        NOT NULL,
    subscriber_id   uuid        REFERENCES subscriber (id) ON DELETE CASCADE,
    kind            text        NOT NULL,
    sender_name     text        NOT NULL,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    text_body       text        NOT NULL,
    html_body       text        NOT NULL,
    headers         jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    last_error      text
);
CREATE UNIQUE INDEX mail_outbox_message_id_key ON mail_outbox (message_id);
-- What is still to send, in order: the worker's query.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_subscriber_idx ON mail_outbox (subscriber_id);

-- Fixed-window counters for rate limits shared by every instance. bucket names the limit and its
-- subject (an HMAC of a client network or an email address, never the value itself).
CREATE TABLE rate_limit_counter (
    bucket       text        NOT NULL,
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start);

-- What is left of an erased reader: that an erasure happened, when and by whom, and an HMAC of
-- the normalised address (so a complaint about the address can be matched to it), nothing else.
CREATE TABLE subscriber_erasure (
    id          uuid        PRIMARY KEY,
    email_hmac  text        NOT NULL,
    erased_at   timestamptz NOT NULL DEFAULT now(),
    erased_by   uuid,
    subscriptions integer   NOT NULL
);
