-- Content events and outgoing webhooks.
--
-- Triggers record an event in the transaction of the change itself, so that no code path (an
-- editor's request, the scheduled-publishing job on whichever instance runs it) can change
-- content and forget to say so, and an event exists exactly when its change committed. The same
-- transaction fans each event out to the webhooks that want it, as deliveries that the workers
-- of every instance drain with leased claims (as the mail outbox does). One change gives one
-- event: a transaction that touches a row twice records each type once for it.

CREATE TABLE content_event (
    seq         bigserial   PRIMARY KEY,
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    type        text        NOT NULL,
    subject_id  uuid        NOT NULL,
    slug        text,
    sections    text[]      NOT NULL DEFAULT '{}',
    tags        text[]      NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    tx          bigint      NOT NULL DEFAULT txid_current(),
    -- What deliveries send as data, made once by the first worker that needs it, so that every
    -- endpoint and every retry sends the same bytes.
    data        json,
    CONSTRAINT content_event_id_key UNIQUE (id),
    CONSTRAINT content_event_once UNIQUE (tx, subject_id, type)
);
CREATE INDEX content_event_occurred_idx ON content_event (occurred_at);

CREATE TABLE webhook (
    id                    uuid        PRIMARY KEY,
    url                   text        NOT NULL,
    description           text,
    events                text[]      NOT NULL,
    sections              text[]      NOT NULL DEFAULT '{}',
    tags                  text[]      NOT NULL DEFAULT '{}',
    enabled               boolean     NOT NULL DEFAULT true,
    disabled_reason       text,
    secret                text        NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    -- When the current run of failed attempts began; null after any success.
    failing_since         timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint      NOT NULL DEFAULT 0
);

CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    webhook_id      uuid        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_seq       bigint      NOT NULL REFERENCES content_event (seq) ON DELETE CASCADE,
    -- Deliveries of one subject to one endpoint go in event order: only the oldest unfinished
    -- one may be claimed.
    subject_id      uuid        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending',
    attempts        integer     NOT NULL DEFAULT 0,
    -- attempts when the current round began: a manual retry or a recovery starts the retry
    -- schedule again, while the attempt log keeps counting
    round_start     integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz DEFAULT now(),
    claimed_until   timestamptz,
    note            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    CONSTRAINT webhook_delivery_status_known
        CHECK (status IN ('pending', 'sending', 'succeeded', 'failed', 'cancelled'))
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX webhook_delivery_open_idx ON webhook_delivery (webhook_id, subject_id, event_seq)
    WHERE status IN ('pending', 'sending');
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_sending_idx ON webhook_delivery (claimed_until) WHERE status = 'sending';
CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_seq);

CREATE TABLE webhook_attempt (
    delivery_id     uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    n               integer     NOT NULL,
    attempted_at    timestamptz NOT NULL,
    response_status integer,
    latency_ms      integer     NOT NULL,
    response        text,
    error           text,
    PRIMARY KEY (delivery_id, n)
);

-- Does a webhook with these filters want an event of this type about something in these sections
-- and tags? An event pattern is a type, "<kind>.*" or "*"; section and tag filters, when set, pass
-- events whose subject is in one of them, and every event whose subject has neither (a media item,
-- a collection). Enabled or not is the caller's question: recovering asks it of a disabled one.
CREATE FUNCTION webhook_matches(patterns text[], wanted_sections text[], wanted_tags text[],
                                event_type text, event_sections text[], event_tags text[])
    RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT EXISTS (SELECT 1 FROM unnest(patterns) AS p
                   WHERE p = event_type OR p = '*'
                      OR (right(p, 2) = '.*' AND left(event_type, length(p) - 1) = left(p, length(p) - 1)))
        AND (cardinality(wanted_sections) = 0 AND cardinality(wanted_tags) = 0
             OR (cardinality(event_sections) = 0 AND cardinality(event_tags) = 0)
             OR wanted_sections && event_sections
             OR wanted_tags && event_tags)
$$;

CREATE FUNCTION fan_out_content_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_delivery (webhook_id, event_seq, subject_id)
    SELECT w.id, NEW.seq, NEW.subject_id FROM webhook w
    WHERE w.enabled AND webhook_matches(w.events, w.sections, w.tags, NEW.type, NEW.sections, NEW.tags);
    RETURN NULL;
END
$$;
CREATE TRIGGER content_event_fan_out AFTER INSERT ON content_event
    FOR EACH ROW EXECUTE FUNCTION fan_out_content_event();

CREATE FUNCTION record_content_event(event_type text, subject uuid, subject_slug text,
                                     subject_sections text[], subject_tags text[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO content_event (type, subject_id, slug, sections, tags)
    VALUES (event_type, subject, subject_slug, coalesce(subject_sections, '{}'), coalesce(subject_tags, '{}'))
    ON CONFLICT ON CONSTRAINT content_event_once DO NOTHING
$$;

-- Articles: what the change meant to readers. Deferred to the commit, so that the article's tags
-- and section are the ones it committed with, whatever order the statements ran in.
CREATE FUNCTION article_content_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_now   article;
    sections  text[];
    tags      text[];
    was_public boolean;
    is_public  boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_now := OLD;
    ELSE
        row_now := NEW;
    END IF;
    SELECT coalesce(array_agg(s.slug), '{}') INTO sections FROM section s WHERE s.id = row_now.section_id;
    SELECT coalesce(array_agg(t.slug), '{}') INTO tags
        FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = row_now.id;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('published', 'scheduled') THEN
            PERFORM record_content_event('article.deleted', OLD.id, OLD.slug, sections, tags);
        END IF;
        RETURN OLD; -- a BEFORE DELETE trigger that returned null would cancel the delete
    END IF;
    was_public := TG_OP = 'UPDATE' AND OLD.status = 'published';
    is_public := NEW.status = 'published';
    IF is_public AND NOT was_public THEN
        PERFORM record_content_event('article.published', NEW.id, NEW.slug, sections, tags);
    ELSIF was_public AND NOT is_public THEN
        PERFORM record_content_event('article.unpublished', NEW.id, NEW.slug, sections, tags);
    ELSIF was_public AND is_public AND NOT EXISTS (
            SELECT 1 FROM content_event e
            WHERE e.tx = txid_current() AND e.subject_id = NEW.id AND e.type = 'article.published') THEN
        -- Any update of a public article: an edit (a new version), or the touch a change of its
        -- bylines or tags gives its row (touch_linked_articles), which keeps the version. Once
        -- published in this transaction, it is not updated as well.
        PERFORM record_content_event('article.updated', NEW.id, NEW.slug, sections, tags);
    END IF;
    IF NEW.status = 'scheduled' AND (TG_OP = 'INSERT' OR OLD.status <> 'scheduled'
                                     OR OLD.published_at IS DISTINCT FROM NEW.published_at) THEN
        PERFORM record_content_event('article.scheduled', NEW.id, NEW.slug, sections, tags);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER article_content_event AFTER INSERT OR UPDATE ON article
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION article_content_event();
-- A deleted article's tags go with it (cascade): read them before.
CREATE TRIGGER article_deleted_event BEFORE DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION article_content_event();

-- Sections, tags, authors, media and collections: any change of a version, and deletion.
CREATE FUNCTION simple_content_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
    own_slug text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        own_slug := to_jsonb(OLD) ->> 'slug';
        PERFORM record_content_event(kind || '.deleted', OLD.id, own_slug,
            CASE WHEN kind = 'section' THEN ARRAY[own_slug] END, CASE WHEN kind = 'tag' THEN ARRAY[own_slug] END);
        RETURN NULL;
    END IF;
    own_slug := to_jsonb(NEW) ->> 'slug';
    PERFORM record_content_event(kind || '.updated', NEW.id, own_slug,
        CASE WHEN kind = 'section' THEN ARRAY[own_slug] END, CASE WHEN kind = 'tag' THEN ARRAY[own_slug] END);
    RETURN NULL;
END
$$;
CREATE TRIGGER section_content_event AFTER UPDATE ON section FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION simple_content_event('section');
CREATE TRIGGER section_deleted_event AFTER DELETE ON section FOR EACH ROW
    EXECUTE FUNCTION simple_content_event('section');
CREATE TRIGGER tag_content_event AFTER UPDATE ON tag FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION simple_content_event('tag');
CREATE TRIGGER tag_deleted_event AFTER DELETE ON tag FOR EACH ROW
    EXECUTE FUNCTION simple_content_event('tag');
CREATE TRIGGER author_content_event AFTER UPDATE ON author FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION simple_content_event('author');
CREATE TRIGGER author_deleted_event AFTER DELETE ON author FOR EACH ROW
    EXECUTE FUNCTION simple_content_event('author');
CREATE TRIGGER media_content_event AFTER UPDATE ON media FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION simple_content_event('media');
CREATE TRIGGER media_deleted_event AFTER DELETE ON media FOR EACH ROW
    EXECUTE FUNCTION simple_content_event('media');
CREATE TRIGGER collection_content_event AFTER UPDATE ON collection FOR EACH ROW
    WHEN (OLD.version IS DISTINCT FROM NEW.version) EXECUTE FUNCTION simple_content_event('collection');
CREATE TRIGGER collection_deleted_event AFTER DELETE ON collection FOR EACH ROW
    EXECUTE FUNCTION simple_content_event('collection');
