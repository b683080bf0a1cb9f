-- Live coverage: an article may be live (a News Feed of time-stamped entries) from live_from until
-- live_until (open while null).
ALTER TABLE article ADD COLUMN live boolean NOT NULL DEFAULT false;
ALTER TABLE article ADD COLUMN live_from timestamptz;
ALTER TABLE article ADD COLUMN live_until timestamptz;

-- One entry of a live article. A deleted entry stays as a marker (deleted_at set, its content
-- gone) so that readers who poll with since= or follow the stream learn it went.
-- tx is the transaction that last wrote the row: readers go through entries in (tx, id) order and
-- only up to the oldest transaction still running, so an entry whose commit comes late is held
-- back and then delivered, never skipped (as /api/v1/changes does).
CREATE TABLE live_entry (
    id          uuid        PRIMARY KEY,
    article_id  uuid        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    headline    text,
    body        jsonb       NOT NULL DEFAULT '[]',
    media_id    uuid        REFERENCES media (id) ON DELETE SET NULL,
    key_event   boolean     NOT NULL DEFAULT false,
    pinned      boolean     NOT NULL DEFAULT false,
    author_ids  uuid[]      NOT NULL DEFAULT '{}',
    created_by  uuid,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    deleted_at  timestamptz,
    version     bigint      NOT NULL DEFAULT 0,
    tx          xid8        NOT NULL DEFAULT pg_current_xact_id()
);
-- Newest first, for pages; the changes since a cursor; the pinned ones; the key events of a summary.
CREATE INDEX live_entry_page_idx ON live_entry (article_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX live_entry_changes_idx ON live_entry (article_id, tx, id);
CREATE INDEX live_entry_pinned_idx ON live_entry (article_id, created_at DESC) WHERE pinned AND deleted_at IS NULL;
CREATE INDEX live_entry_key_idx ON live_entry (article_id, created_at DESC) WHERE key_event AND deleted_at IS NULL;
CREATE INDEX live_entry_media_idx ON live_entry (media_id);

-- Every write of an entry: its transaction becomes its place in the change order; every instance
-- hears of it at commit (NOTIFY is sent when the transaction commits, never before); and the
-- article's row gets a new version, so kept answers that show its key events are stale at once and
-- webhooks get article.updated (article_content_event) while the article is public.
CREATE FUNCTION live_entry_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.tx := pg_current_xact_id();
    END IF;
    PERFORM pg_notify('newsdesk_live', NEW.article_id::text);
    UPDATE article SET updated_at = updated_at WHERE id = NEW.article_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER live_entry_written BEFORE INSERT OR UPDATE ON live_entry
    FOR EACH ROW EXECUTE FUNCTION live_entry_written();
