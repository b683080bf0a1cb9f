-- The outbox claims each message with a lease and sends it outside any transaction (review F-02):
-- status says where a message is, claimed_until is the lease of the worker sending it, and an
-- outcome SMTP cannot tell us (a connection lost after DATA, a timeout, a worker that died with
-- its claim) is counted in unknown_outcomes and retried once. next_attempt_at is NULL for a
-- message that will not be tried again (sent, failed, skipped, or unknown twice).
ALTER TABLE mail_outbox
    ADD COLUMN status           text        NOT NULL DEFAULT 'queued',
    ADD COLUMN claimed_until    timestamptz,
    ADD COLUMN last_attempt_at  timestamptz,
    ADD COLUMN unknown_outcomes integer     NOT NULL DEFAULT 0,
    ADD COLUMN finished_at      timestamptz,
    -- Not sent after this time (a confirmation whose link has expired).
    ADD COLUMN not_after        timestamptz,
    -- What the mail is about (a welcome mail's subscription), checked again just before sending.
    ADD COLUMN about            uuid;
ALTER TABLE mail_outbox ALTER COLUMN next_attempt_at DROP NOT NULL;
UPDATE mail_outbox SET status = 'sent', next_attempt_at = NULL, finished_at = sent_at WHERE sent_at IS NOT NULL;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status
    CHECK (status IN ('queued', 'sending', 'sent', 'unknown', 'failed', 'skipped'));

DROP INDEX mail_outbox_due_idx;
-- What is still to send, in order: the claim query.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE next_attempt_at IS NOT NULL;
-- Claims whose worker may have died.
CREATE INDEX mail_outbox_claimed_idx ON mail_outbox (claimed_until) WHERE status = 'sending';
-- The admin list of failed and unknown mail, newest first, and housekeeping by age.
CREATE INDEX mail_outbox_status_idx ON mail_outbox (status, created_at DESC, id);
CREATE INDEX mail_outbox_finished_idx ON mail_outbox (finished_at) WHERE next_attempt_at IS NULL;
-- Erasure finds mail to an address that no subscriber row ties to it.
CREATE INDEX mail_outbox_recipient_idx ON mail_outbox (lower(recipient));

-- Housekeeping deletes never-confirmed subscriptions by age.
CREATE INDEX subscription_pending_idx ON subscription (consent_at) WHERE status = 'pending';
