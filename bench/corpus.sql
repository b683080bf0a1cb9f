-- A generated corpus of realistic-shaped articles: psql -v articles=100000 -f bench/corpus.sql
-- Sections, 200 authors, 300 tags, 2,000 images; articles of 200 to 2,000 words of invented
-- text, published over the last two years, each with 1-2 authors and 2 tags.
--
-- The text is shaped like news so that search costs what it would on a real archive:
-- about 45% function words (stop words to full-text search), 10% words of the article's topic
-- (one of 60 topics of 6 words each, so a story keeps coming back to its subject), and 45% from a
-- general vocabulary of 150 common news words followed by 6,000 rarer ones, drawn with a
-- log-uniform rank (close to Zipf's law: the r-th word is about 1/r as frequent as the first).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO section (id, slug, name, position)
SELECT gen_random_uuid(), s, initcap(s), n * 10
FROM unnest(ARRAY['news', 'business', 'opinion', 'analysis', 'culture', 'sport', 'science', 'world']) WITH ORDINALITY AS t(s, n)
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE vocabulary AS
SELECT
    ARRAY['the', 'a', 'of', 'and', 'in', 'on', 'with', 'after', 'before', 'said', 'would', 'could', 'to', 'for',
          'that', 'was', 'is', 'it', 'by', 'at', 'from', 'as', 'but', 'not', 'they', 'this', 'which', 'were',
          'has', 'had', 'have', 'will', 'their', 'an', 'about', 'more', 'than', 'when', 'into', 'also'] AS function_words,
    -- Common news words first (most frequent), then generated rarer words.
    ARRAY['city', 'government', 'people', 'year', 'week', 'country', 'official', 'report', 'minister',
          'president', 'region', 'local', 'support', 'million', 'service', 'plan', 'new', 'first', 'last',
          'time', 'day', 'month', 'state', 'public', 'work', 'company', 'residents', 'team', 'group',
          'national', 'international', 'according', 'statement', 'press', 'parliament', 'law', 'court', 'police',
          'news', 'family', 'children', 'school', 'village', 'market', 'money', 'price', 'budget', 'tax', 'bank',
          'night', 'morning', 'evening', 'road', 'street', 'building', 'house', 'centre', 'office', 'agency',
          'project', 'program', 'decision', 'question', 'answer', 'problem', 'result', 'number', 'part', 'place',
          'war', 'peace', 'talks', 'deal', 'vote', 'election', 'campaign', 'party', 'leader', 'member', 'council',
          'mayor', 'governor', 'military', 'army', 'border', 'attack', 'defence', 'security', 'help', 'aid',
          'water', 'food', 'health', 'hospital', 'doctor', 'university', 'student', 'teacher', 'museum', 'film',
          'book', 'music', 'festival', 'match', 'season', 'club', 'player', 'coach', 'goal', 'win', 'loss',
          'business', 'industry', 'factory', 'worker', 'job', 'salary', 'pension', 'energy', 'power', 'light',
          'heat', 'winter', 'summer', 'spring', 'autumn', 'weather', 'rain', 'snow', 'river', 'sea', 'port',
          'train', 'bus', 'airport', 'flight', 'car', 'fuel', 'oil', 'gas', 'coal', 'data', 'online'] AS common_words,
    ARRAY[ARRAY['grid', 'substation', 'blackout', 'transformer', 'outage', 'generator'],
          ARRAY['harbour', 'grain', 'shipping', 'corridor', 'cargo', 'vessel'],
          ARRAY['turbine', 'wind', 'solar', 'panel', 'renewable', 'megawatt'],
          ARRAY['bridge', 'repair', 'contractor', 'span', 'concrete', 'crossing'],
          ARRAY['Kyiv', 'capital', 'metro', 'district', 'Podil', 'Obolon'],
          ARRAY['Kyïv', 'Dnipro', 'embankment', 'ferry', 'island', 'riverbank'],
          ARRAY['Lviv', 'cathedral', 'tram', 'square', 'old-town', 'tourism'],
          ARRAY['Odesa', 'opera', 'staircase', 'beach', 'lighthouse', 'promenade'],
          ARRAY['Kharkiv', 'shelling', 'shelter', 'siren', 'curfew', 'evacuation'],
          ARRAY['inflation', 'hryvnia', 'exchange', 'deposit', 'interest', 'central-bank'],
          ARRAY['reform', 'anti-corruption', 'prosecutor', 'investigation', 'bribery', 'audit'],
          ARRAY['vaccine', 'clinic', 'patient', 'surgery', 'ambulance', 'pharmacy'],
          ARRAY['drone', 'interceptor', 'air-defence', 'missile', 'radar', 'battery'],
          ARRAY['harvest', 'wheat', 'sunflower', 'farmer', 'tractor', 'fertiliser'],
          ARRAY['refugee', 'displaced', 'housing', 'dormitory', 'volunteer', 'donation'],
          ARRAY['football', 'stadium', 'league', 'striker', 'referee', 'penalty'],
          ARRAY['theatre', 'premiere', 'actor', 'stage', 'director', 'audience'],
          ARRAY['startup', 'software', 'developer', 'investor', 'venture', 'accelerator'],
          ARRAY['railway', 'locomotive', 'timetable', 'carriage', 'platform', 'conductor'],
          ARRAY['mine', 'demining', 'sapper', 'explosive', 'field', 'clearance'],
          ARRAY['sanctions', 'embargo', 'tariff', 'export', 'import', 'customs'],
          ARRAY['climate', 'emissions', 'forest', 'wildfire', 'drought', 'flood'],
          ARRAY['archive', 'historian', 'memorial', 'monument', 'anniversary', 'exhibition'],
          ARRAY['court', 'verdict', 'judge', 'appeal', 'sentence', 'lawyer'],
          ARRAY['heating', 'boiler', 'radiator', 'district-heating', 'thermal', 'insulation'],
          ARRAY['water', 'pipeline', 'reservoir', 'dam', 'pumping', 'sewage'],
          ARRAY['satellite', 'internet', 'fibre', 'mobile', 'operator', 'coverage'],
          ARRAY['orphanage', 'adoption', 'foster', 'guardian', 'child-care', 'social-worker'],
          ARRAY['telethon', 'broadcaster', 'journalist', 'newsroom', 'editor', 'censorship'],
          ARRAY['pension', 'retiree', 'indexation', 'allowance', 'benefit', 'payment'],
          ARRAY['chess', 'tournament', 'grandmaster', 'opening', 'endgame', 'rating'],
          ARRAY['swimming', 'pool', 'olympic', 'medal', 'relay', 'record'],
          ARRAY['bakery', 'bread', 'flour', 'oven', 'baker', 'pastry'],
          ARRAY['wine', 'vineyard', 'winery', 'grape', 'cellar', 'sommelier'],
          ARRAY['orchestra', 'symphony', 'conductor', 'violin', 'concert', 'composer'],
          ARRAY['library', 'reader', 'novel', 'translation', 'publisher', 'poetry'],
          ARRAY['nuclear', 'reactor', 'atomic', 'inspector', 'cooling', 'Zaporizhzhia'],
          ARRAY['election', 'ballot', 'turnout', 'polling', 'candidate', 'recount'],
          ARRAY['airline', 'runway', 'terminal', 'airspace', 'aviation', 'pilot'],
          ARRAY['cyberattack', 'hacker', 'malware', 'phishing', 'encryption', 'breach'],
          ARRAY['hospital', 'ward', 'nurse', 'surgeon', 'rehabilitation', 'prosthesis'],
          ARRAY['veteran', 'frontline', 'brigade', 'rotation', 'mobilisation', 'recruit'],
          ARRAY['diplomat', 'embassy', 'summit', 'treaty', 'negotiation', 'envoy'],
          ARRAY['budget', 'deficit', 'bond', 'creditor', 'restructuring', 'IMF'],
          ARRAY['school', 'pupil', 'classroom', 'exam', 'curriculum', 'headteacher'],
          ARRAY['university', 'rector', 'campus', 'scholarship', 'lecture', 'faculty'],
          ARRAY['fashion', 'designer', 'collection', 'runway-show', 'textile', 'tailor'],
          ARRAY['cinema', 'documentary', 'screening', 'festival', 'camera', 'screenplay'],
          ARRAY['church', 'priest', 'parish', 'liturgy', 'monastery', 'icon'],
          ARRAY['coffee', 'cafe', 'barista', 'roastery', 'espresso', 'bean'],
          ARRAY['bicycle', 'cyclist', 'lane', 'scooter', 'pedestrian', 'traffic'],
          ARRAY['housing', 'apartment', 'mortgage', 'rent', 'developer', 'construction'],
          ARRAY['forest', 'ranger', 'wolf', 'reserve', 'wildlife', 'poacher'],
          ARRAY['space', 'rocket', 'launch', 'orbit', 'astronaut', 'telescope'],
          ARRAY['robot', 'artificial-intelligence', 'algorithm', 'automation', 'chatbot', 'model'],
          ARRAY['tax', 'declaration', 'inspector', 'evasion', 'VAT', 'refund'],
          ARRAY['police', 'patrol', 'arrest', 'suspect', 'checkpoint', 'detective'],
          ARRAY['fire', 'firefighter', 'rescue', 'rubble', 'emergency', 'ladder'],
          ARRAY['market', 'stall', 'vendor', 'bazaar', 'produce', 'haggling'],
          ARRAY['steel', 'plant', 'furnace', 'smelter', 'ore', 'metallurgy']] AS topics;

-- 6,000 rarer words, invented from syllables (ka-ro-len, ...): shaped like words, meaning nothing.
CREATE TEMP TABLE rare AS
SELECT ARRAY(
    SELECT s1 || s2 || s3
    FROM unnest(ARRAY['ba', 'ko', 'li', 'mu', 're', 'sa', 'te', 'vo', 'zi', 'dra', 'pe', 'no', 'ga', 'hu', 'ji', 'fo',
                      'ru', 'ta', 'ne', 'mi']) s1,
         unnest(ARRAY['ran', 'lek', 'mor', 'sin', 'tav', 'bel', 'dor', 'gun', 'hal', 'pir', 'vet', 'zom', 'kas', 'lup',
                      'nar']) s2,
         unnest(ARRAY['a', 'o', 'is', 'en', 'er', 'ov', 'ia', 'um', 'et', 'ik', 'al', 'ur', 'an', 'es', 'ed', 'ing',
                      'ly', 'ist', 'ite', 'ant'])
    s3 ORDER BY md5(s1 || s2 || s3)) AS w;

CREATE TEMP TABLE lexicon AS
SELECT v.function_words AS fw, v.common_words || r.w AS general, v.topics AS topics
FROM vocabulary v, rare r;

INSERT INTO author (id, slug, name, title)
SELECT gen_random_uuid(), 'author-' || n, 'Author ' || n, 'Correspondent' FROM generate_series(1, 200) n;
INSERT INTO tag (id, slug, name) SELECT gen_random_uuid(), 'topic-' || n, 'Topic ' || n FROM generate_series(1, 300) n;
INSERT INTO media (id, kind, url, mime_type, width, height, alt, caption, credit)
SELECT gen_random_uuid(), 'image', 'https://cdn.newsroom.example/bench/' || n || '.jpg', 'image/jpeg', 1600, 900,
       'Bench photo ' || n, 'A generated caption ' || n, 'Bench Photographer/Newsdesk'
FROM generate_series(1, 2000) n;

CREATE TEMP TABLE ss AS SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM section;
CREATE TEMP TABLE ms AS SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS k FROM media;

-- The words of one article, drawn as described above. PL/pgSQL keeps the arrays expanded, so
-- each draw is a plain index into them.
CREATE FUNCTION pg_temp.story(n int, fw text[], general text[], topic text[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    words text[] := '{}';
    r float8;
    size int := array_length(general, 1);
BEGIN
    FOR i IN 1..200 + (n * 7919) % 1801 LOOP
        r := random();
        IF r < 0.45 THEN
            words[i] := fw[1 + floor(random() * array_length(fw, 1))::int];
        ELSIF r < 0.55 THEN
            words[i] := topic[1 + floor(random() * array_length(topic, 1))::int];
        ELSE
            words[i] := general[least(size, floor(exp(random() * ln(size + 1)))::int)];
        END IF;
    END LOOP;
    RETURN array_to_string(words, ' ');
END
$$;

-- Each article: a topic (n * 37 mod 60 spreads neighbours apart), a length, a text.
CREATE TEMP TABLE a AS
SELECT gen_random_uuid() AS id, n,
       pg_temp.story(n, l.fw, l.general, ARRAY(SELECT unnest(l.topics[1 + (n * 37) % 60:1 + (n * 37) % 60]))) AS text,
       now() - (random() * interval '730 days') AS published_at
FROM generate_series(1, :articles) n, lexicon l;

INSERT INTO article (id, slug, headline, standfirst, body, body_text, lede, word_count, reading_time_minutes, section_id,
                     lead_image_id, language, status, published_at, tag_names)
SELECT a.id, 'bench-story-' || a.n,
       initcap(split_part(a.text, ' ', 3)) || ' ' || split_part(a.text, ' ', 4) || ' ' || split_part(a.text, ' ', 5)
           || ' ' || split_part(a.text, ' ', 6) || ' (story ' || a.n || ')',
       'A generated standfirst: ' || split_part(a.text, ' ', 7) || ' ' || split_part(a.text, ' ', 8) || ' '
           || split_part(a.text, ' ', 9) || ' ' || split_part(a.text, ' ', 10) || '.',
       jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', a.text, 'marks', '[]'::jsonb)),
       a.text, left(a.text, 1000), array_length(string_to_array(a.text, ' '), 1), greatest(1, ceil(array_length(string_to_array(a.text, ' '), 1) / 230.0)),
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
