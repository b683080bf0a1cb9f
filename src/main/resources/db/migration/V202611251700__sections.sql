-- Sections of the publication (News, Opinion, Analysis, ...), in the order a menu shows them.
CREATE TABLE section (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL,
    name        text        NOT NULL,
    description text,
    position    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT section_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    CONSTRAINT section_name_not_blank CHECK (length(btrim(name)) BETWEEN 1 AND 200)
);

CREATE UNIQUE INDEX section_slug_key ON section (slug);
-- Keyset pagination of the public list: ORDER BY position, id.
CREATE INDEX section_position_id_idx ON section (position, id);
