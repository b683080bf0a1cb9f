-- Articles, their bylines and tags, old slugs, and the record of unpublished or deleted ones.
CREATE TABLE article (
    id                   uuid        PRIMARY KEY,
    slug                 text        NOT NULL,
    headline             text        NOT NULL,
    standfirst           text,
    excerpt              text,
    -- Typed blocks (paragraph, heading, quote, list, image, related, embed) as the API takes them.
    body                 jsonb       NOT NULL DEFAULT '[]',
    -- Derived from body on every write: never set by hand.
    body_text            text        NOT NULL DEFAULT '',
    word_count           integer     NOT NULL DEFAULT 0,
    reading_time_minutes integer     NOT NULL DEFAULT 1,
    section_id           uuid        REFERENCES section (id),
    lead_image_id        uuid        REFERENCES media (id),
    lead_image_caption   text,
    audio_id             uuid        REFERENCES media (id),
    audio_ai_assisted    boolean,
    audio_disclosure     text,
    language             text        NOT NULL DEFAULT 'en',
    meta_title           text,
    meta_description     text,
    canonical_url        text,
    status               text        NOT NULL DEFAULT 'draft',
    published_at         timestamptz,
    created_by           uuid        REFERENCES staff (id) ON DELETE SET NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint      NOT NULL DEFAULT 0,
    CONSTRAINT article_status_known CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    CONSTRAINT article_public_has_time CHECK (status NOT IN ('scheduled', 'published') OR published_at IS NOT NULL),
    CONSTRAINT article_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 150),
    CONSTRAINT article_slug_not_reserved CHECK (slug NOT IN ('by-id', 'changes', 'feed')),
    CONSTRAINT article_body_array CHECK (jsonb_typeof(body) = 'array')
);
CREATE UNIQUE INDEX article_slug_key ON article (slug);
-- Public reads: an article is public when published, or scheduled and its time has come, so that
-- scheduling needs no job and holds across instances. Newest first, keyset on (published_at, id).
CREATE INDEX article_public_idx ON article (published_at DESC, id DESC) WHERE status IN ('published', 'scheduled');
CREATE INDEX article_section_public_idx ON article (section_id, published_at DESC, id DESC)
    WHERE status IN ('published', 'scheduled');
CREATE INDEX article_status_updated_idx ON article (status, updated_at DESC);
CREATE INDEX article_created_by_idx ON article (created_by);
CREATE INDEX article_lead_image_idx ON article (lead_image_id);
CREATE INDEX article_audio_idx ON article (audio_id);

CREATE TABLE article_author (
    article_id uuid    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    author_id  uuid    NOT NULL REFERENCES author (id),
    position   integer NOT NULL,
    PRIMARY KEY (article_id, position),
    UNIQUE (article_id, author_id)
);
CREATE INDEX article_author_author_idx ON article_author (author_id);

CREATE TABLE article_tag (
    article_id uuid    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     uuid    NOT NULL REFERENCES tag (id),
    position   integer NOT NULL,
    PRIMARY KEY (article_id, position),
    UNIQUE (article_id, tag_id)
);
CREATE INDEX article_tag_tag_idx ON article_tag (tag_id);

-- Slugs an article had when it was public: they answer 301 to the current one.
CREATE TABLE article_slug_redirect (
    old_slug   text        PRIMARY KEY,
    article_id uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_slug_redirect_article_idx ON article_slug_redirect (article_id);

-- When a public article stopped being public, and how: the delivery sync builds tombstones on it.
CREATE TABLE article_withdrawal (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id uuid        NOT NULL,
    slug       text        NOT NULL,
    reason     text        NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT article_withdrawal_reason_known CHECK (reason IN ('unpublished', 'archived', 'deleted'))
);
CREATE INDEX article_withdrawal_at_idx ON article_withdrawal (at, id);
