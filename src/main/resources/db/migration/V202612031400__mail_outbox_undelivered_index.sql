-- The admin list of undelivered mail (OutboxAdmin.list) asks for failed and unknown messages only.
-- A full index on status took an entry for every version of every mail: queued, sending and sent are
-- three row versions, none of them a HOT update, so during a newsletter launch that index grew by
-- three entries a sign-up for rows nobody looks up by status. The partial index keeps only the
-- messages the list can show.
DROP INDEX mail_outbox_status_idx;
CREATE INDEX mail_outbox_undelivered_idx ON mail_outbox (status, created_at DESC, id)
    WHERE status IN ('failed', 'unknown');
