-- Full-text search over articles. unaccent() is not IMMUTABLE, so it cannot sit in an index
-- expression; a text-search configuration that runs the unaccent dictionary before stemming can:
-- "Kyïv" and "Kyiv" become the same lexeme, in documents and in queries alike.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION newsdesk_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION newsdesk_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Tag names of the article, kept by the service (and on tag renames), for the search document.
ALTER TABLE article ADD COLUMN tag_names text NOT NULL DEFAULT '';

-- The search document, computed by PostgreSQL in the same statement (so the same transaction)
-- as every write of the article. Weights: headline A, standfirst, excerpt and tags B, body C.
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('newsdesk_search'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('newsdesk_search'::regconfig, coalesce(standfirst, '') || ' ' || coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector('newsdesk_search'::regconfig, tag_names), 'B')
    || setweight(to_tsvector('newsdesk_search'::regconfig, body_text), 'C')
) STORED;

CREATE INDEX article_search_idx ON article USING gin (search);
