-- Media items (images and audio referenced by URL), tags and authors.
CREATE TABLE media (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL,
    url              text        NOT NULL,
    mime_type        text        NOT NULL,
    width            integer,
    height           integer,
    duration_seconds integer,
    alt              text,
    caption          text,
    credit           text,
    source           text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT media_kind_known CHECK (kind IN ('image', 'audio')),
    CONSTRAINT media_url_http CHECK (url ~ '^https?://'),
    CONSTRAINT media_dimensions_positive CHECK (width > 0 AND height > 0 OR width IS NULL AND height IS NULL),
    CONSTRAINT media_duration_positive CHECK (duration_seconds IS NULL OR duration_seconds > 0),
    CONSTRAINT media_fields_fit_kind CHECK (
        kind = 'image' AND duration_seconds IS NULL
        OR kind = 'audio' AND width IS NULL AND height IS NULL)
);
CREATE INDEX media_created_at_id_idx ON media (created_at, id);

CREATE TABLE tag (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL,
    name        text        NOT NULL,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT tag_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    CONSTRAINT tag_slug_not_reserved CHECK (slug NOT IN ('by-id', 'changes', 'feed'))
);
CREATE UNIQUE INDEX tag_slug_key ON tag (slug);
-- Public list in name order, keyset on (name, id).
CREATE INDEX tag_name_id_idx ON tag (name, id);

CREATE TABLE author (
    id           uuid        PRIMARY KEY,
    slug         text        NOT NULL,
    name         text        NOT NULL,
    bio          text,
    title        text,
    avatar_id    uuid        REFERENCES media (id),
    social_links jsonb       NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT author_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    CONSTRAINT author_slug_not_reserved CHECK (slug NOT IN ('by-id', 'changes', 'feed')),
    CONSTRAINT author_social_links_array CHECK (jsonb_typeof(social_links) = 'array')
);
CREATE UNIQUE INDEX author_slug_key ON author (slug);
CREATE INDEX author_name_id_idx ON author (name, id);
CREATE INDEX author_avatar_idx ON author (avatar_id);
