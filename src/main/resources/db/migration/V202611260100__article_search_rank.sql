-- Ranking reads the tsvector of every match. For the whole article that is a ~5 kB value stored
-- compressed out of line, so ranking a few thousand matches spent most of the query unpacking them.
-- Rank on a small document instead: headline (A), standfirst, excerpt and tags (B) and the lede,
-- the first 1,000 characters of the body (C), where a news story says what it is about. It is
-- about 1 kB and mostly stays in the row. Matching still uses the whole-article `search` column
-- and its GIN index, so a word deep in the body is still found.
ALTER TABLE article ADD COLUMN search_rank tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('newsdesk_search'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('newsdesk_search'::regconfig, coalesce(standfirst, '') || ' ' || coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector('newsdesk_search'::regconfig, tag_names), 'B')
    || setweight(to_tsvector('newsdesk_search'::regconfig, left(body_text, 1000)), 'C')
) STORED;
