-- A generated corpus of realistic-shaped articles: psql -v articles=100000 -f bench/corpus.sql
-- Sections, 200 authors, 300 tags, 2,000 images; articles of 200 to 2,000 words of invented
-- text, published over the last two years, each with 1-2 authors and 2 tags.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO section (id, slug, name, position)
SELECT gen_random_uuid(), s, initcap(s), n * 10
FROM unnest(ARRAY['news', 'business', 'opinion', 'analysis', 'culture', 'sport', 'science', 'world']) WITH ORDINALITY AS t(s, n)
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE words AS
SELECT ARRAY['grid', 'harbour', 'council', 'winter', 'power', 'station', 'river', 'bridge', 'market', 'school',
             'engineers', 'volunteers', 'minister', 'report', 'city', 'village', 'night', 'morning', 'budget', 'farm',
             'train', 'port', 'storm', 'snow', 'heat', 'prices', 'workers', 'hospital', 'election', 'court',
             'the', 'a', 'of', 'and', 'in', 'on', 'with', 'after', 'before', 'said', 'would', 'could', 'new', 'old',
             'Kyiv', 'Kyïv', 'Lviv', 'Odesa', 'Dnipro', 'kept', 'opened', 'closed', 'repaired', 'built', 'planned',
             'talks', 'deal', 'plan', 'vote', 'law', 'tax', 'bank', 'fuel', 'gas', 'coal', 'wind', 'solar', 'turbines']
       AS w;

INSERT INTO author (id, slug, name, title)
SELECT gen_random_uuid(), 'author-' || n, 'Author ' || n, 'Correspondent' FROM generate_series(1, 200) n;
INSERT INTO tag (id, slug, name) SELECT gen_random_uuid(), 'topic-' || n, 'Topic ' || n FROM generate_series(1, 300) n;
INSERT INTO media (id, kind, url, mime_type, width, height, alt, caption, credit)
SELECT gen_random_uuid(), 'image', 'https://cdn.newsroom.example/bench/' || n || '.jpg', 'image/jpeg', 1600, 900,
       'Bench photo ' || n, 'A generated caption ' || n, 'Bench Photographer/Newsdesk'
FROM generate_series(1, 2000) n;

CREATE TEMP TABLE ss AS SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM section;
CREATE TEMP TABLE ms AS SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM media;

CREATE TEMP TABLE a AS
SELECT gen_random_uuid() AS id, n,
       (SELECT array_to_string(ARRAY(SELECT w[1 + floor(random() * array_length(w, 1))::int]
                                     FROM generate_series(1, 200 + (n * 7919) % 1801)), ' ') FROM words) AS text,
       now() - (random() * interval '730 days') AS published_at
FROM generate_series(1, :articles) n;

INSERT INTO article (id, slug, headline, body, body_text, word_count, reading_time_minutes, section_id, lead_image_id,
                     language, status, published_at, tag_names)
SELECT a.id, 'bench-story-' || a.n, 'Bench story ' || a.n || ': ' || split_part(a.text, ' ', 1) || ' ' || split_part(a.text, ' ', 2),
       jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', a.text, 'marks', '[]'::jsonb)),
       a.text, array_length(string_to_array(a.text, ' '), 1), greatest(1, ceil(array_length(string_to_array(a.text, ' '), 1) / 230.0)),
       ss.id, ms.id,
       'en', 'published', a.published_at, 'Topic ' || (a.n % 300 + 1) || ' Topic ' || ((a.n * 7) % 300 + 1)
FROM a
JOIN ss ON ss.k = a.n % (SELECT count(*) FROM ss)
JOIN ms ON ms.k = a.n % (SELECT count(*) FROM ms);

INSERT INTO article_author (article_id, author_id, position)
SELECT a.id, au.id, 0 FROM a JOIN author au ON au.slug = 'author-' || (a.n % 200 + 1);
INSERT INTO article_tag (article_id, tag_id, position)
SELECT a.id, t.id, 0 FROM a JOIN tag t ON t.slug = 'topic-' || (a.n % 300 + 1);
INSERT INTO article_tag (article_id, tag_id, position)
SELECT a.id, t.id, 1 FROM a JOIN tag t ON t.slug = 'topic-' || ((a.n * 7) % 300 + 1) WHERE (a.n * 7) % 300 <> a.n % 300;
COMMIT;
ANALYZE;
