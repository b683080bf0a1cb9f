-- A reader's article as it was last sent in its default representation, kept so that the next
-- reader of an old article (most of an archive's traffic never finds an in-memory cache entry)
-- is answered by one indexed read instead of building the answer again. A row is served only
-- while its stamp still matches what it was built from: the row versions (xmin) of the article,
-- its authors, tags, section and media, and the row versions and public state of the articles
-- its related cards point to. Nothing invalidates a row; a stale one is never served and is
-- replaced by the next reader.
-- UNLOGGED: keeping an answer writes no WAL and waits for no disk flush, so the first reader of an
-- article pays little for it; after a crash PostgreSQL empties the table, and readers fill it again.
CREATE UNLOGGED TABLE article_answer (
    article_id uuid PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    -- The build of the service that wrote it: a new release never serves an older one's answers.
    build text NOT NULL,
    stamp text NOT NULL,
    -- What the body referred to when it was built (the body itself is part of the article's row).
    body_media uuid[] NOT NULL,
    related uuid[] NOT NULL,
    document bytea NOT NULL,
    surrogate_keys text NOT NULL,
    last_modified timestamptz
);
