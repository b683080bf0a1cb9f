-- Articles' summaries as lists send them, kept as article_answer keeps whole articles (see there):
-- a page of the feed puts the kept bytes together while each summary's stamp holds (the row
-- versions of the article, its authors, tags, section, lead image and audio, and the build).
CREATE UNLOGGED TABLE article_summary_answer (
    article_id uuid PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    build text NOT NULL,
    stamp text NOT NULL,
    summary bytea NOT NULL,
    surrogate_keys text NOT NULL
);
