-- The change log of public articles, for delta sync. Each row carries the id of the transaction
-- that wrote it (pg_current_xact_id()). A reader takes only rows of transactions older than the
-- oldest one still running (pg_snapshot_xmin), in (tx, id) order: a transaction that commits late
-- is still delivered, because its rows are held back until it has finished, never skipped.
CREATE TABLE article_change (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id uuid        NOT NULL,
    slug       text        NOT NULL,
    kind       text        NOT NULL,
    tx         xid8        NOT NULL DEFAULT pg_current_xact_id(),
    at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT article_change_kind_known CHECK (kind IN ('upsert', 'tombstone'))
);
CREATE INDEX article_change_tx_id_idx ON article_change (tx, id);
-- Scheduled articles become public by time, without a write: the sync also reads them by time.
CREATE INDEX article_scheduled_published_at_idx ON article (published_at) WHERE status = 'scheduled';
