-- CDN purges by surrogate key. Each content event queues the keys of every answer that showed the
-- changed thing, in the transaction of the change; a worker on any instance sends them to the CDN,
-- de-duplicated (one queued row per key) and batched. Keys are those the answers carry in
-- Surrogate-Key / Cache-Tag: article-<id> on an article and on every list item, and on lists what
-- they list: feed, section-<id>, tag-<id>, author-<id>, collection-<slug>.

CREATE TABLE cdn_purge (
    id            bigserial   PRIMARY KEY,
    key           text        NOT NULL,
    queued_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    not_before    timestamptz NOT NULL DEFAULT clock_timestamp(),
    attempts      integer     NOT NULL DEFAULT 0,
    claimed_until timestamptz
);
-- A key queued again before its purge went out needs no second row; one being sent does (the
-- change may have come after the CDN refetched).
CREATE UNIQUE INDEX cdn_purge_queued_key ON cdn_purge (key) WHERE claimed_until IS NULL;
CREATE INDEX cdn_purge_due_idx ON cdn_purge (not_before) WHERE claimed_until IS NULL;
CREATE INDEX cdn_purge_claimed_idx ON cdn_purge (claimed_until) WHERE claimed_until IS NOT NULL;

-- Queues keys (merged into what is queued already); answers how many it queued or merged.
CREATE FUNCTION queue_cdn_purge(keys text[], due timestamptz DEFAULT clock_timestamp()) RETURNS integer
    LANGUAGE sql AS $$
    WITH queued AS (
        INSERT INTO cdn_purge (key, not_before)
        SELECT DISTINCT k, due FROM unnest(keys) AS k WHERE k IS NOT NULL
        ON CONFLICT (key) WHERE claimed_until IS NULL
            DO UPDATE SET not_before = least(cdn_purge.not_before, EXCLUDED.not_before)
        RETURNING 1)
    SELECT CAST(count(*) AS integer) FROM queued
$$;

CREATE FUNCTION purge_for_content_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text := split_part(NEW.type, '.', 1);
BEGIN
    IF NEW.type = 'article.scheduled' THEN
        RETURN NULL; -- nothing public changed yet; its publication will purge
    END IF;
    IF kind = 'article' THEN
        PERFORM queue_cdn_purge(
            ARRAY['article-' || NEW.subject_id, 'feed']
            || ARRAY(SELECT 'section-' || a.section_id FROM article a WHERE a.id = NEW.subject_id AND a.section_id IS NOT NULL)
            || ARRAY(SELECT 'tag-' || t.tag_id FROM article_tag t WHERE t.article_id = NEW.subject_id)
            || ARRAY(SELECT 'author-' || w.author_id FROM article_author w WHERE w.article_id = NEW.subject_id)
            || ARRAY(SELECT 'collection-' || c.slug FROM collection c
                     WHERE c.items @> jsonb_build_array(jsonb_build_object('articleId', NEW.subject_id::text))));
    ELSIF kind = 'collection' THEN
        PERFORM queue_cdn_purge(ARRAY['collection-' || NEW.slug]);
    ELSIF kind = 'media' THEN
        -- Articles show their lead image and audio inline.
        PERFORM queue_cdn_purge(ARRAY(
            SELECT 'article-' || a.id FROM article a
            WHERE (a.lead_image_id = NEW.subject_id OR a.audio_id = NEW.subject_id)
              AND a.status IN ('published', 'scheduled')
            ORDER BY a.published_at DESC LIMIT 1000));
    ELSE
        PERFORM queue_cdn_purge(ARRAY[kind || '-' || NEW.subject_id]);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER content_event_purge AFTER INSERT ON content_event
    FOR EACH ROW EXECUTE FUNCTION purge_for_content_event();

-- Collection windows open and close with time, not with a change: the worker looks at the
-- interval since the last look (one instance at a time, by this row's lock). Item times are kept
-- as the JSON of an Instant: epoch seconds with a fraction (an ISO string is read too).
CREATE FUNCTION collection_item_time(value jsonb) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE jsonb_typeof(value)
        WHEN 'number' THEN to_timestamp(CAST(value #>> '{}' AS double precision))
        WHEN 'string' THEN CAST(value #>> '{}' AS timestamptz)
    END
$$;
CREATE TABLE cdn_window_check (
    only_row      boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    checked_until timestamptz NOT NULL DEFAULT now()
);
INSERT INTO cdn_window_check DEFAULT VALUES;
