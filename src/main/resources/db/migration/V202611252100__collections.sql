-- Curated, ordered collections of articles (Editors' Picks, More news, ...). Items are kept in
-- order as a jsonb array of {articleId, showFrom, showUntil}; what is shown to readers is
-- filtered at read time (public articles only, inside their time window).
CREATE TABLE collection (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL,
    name        text        NOT NULL,
    description text,
    items       jsonb       NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT collection_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    CONSTRAINT collection_items_array CHECK (jsonb_typeof(items) = 'array')
);
CREATE UNIQUE INDEX collection_slug_key ON collection (slug);

INSERT INTO collection (id, slug, name, description) VALUES
    (gen_random_uuid(), 'editors-picks', 'Editors'' Picks', 'Stories our editors chose for you.'),
    (gen_random_uuid(), 'more-news', 'More news', 'More of what happened today.');
