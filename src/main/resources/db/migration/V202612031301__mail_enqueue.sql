-- Queues one rendered mail, for Outbox and for SQL that queues a mail in the same statement as
-- the change that causes it (a newsletter sign-up): one definition of a queued mail row.
CREATE FUNCTION mail_enqueue(
    p_message_id text,
    p_subscriber_id uuid,
    p_kind text,
    p_sender_name text,
    p_recipient text,
    p_subject text,
    p_text_body text,
    p_html_body text,
    p_headers jsonb,
    p_now timestamptz,
    p_not_after timestamptz,
    p_about uuid) RETURNS void
    LANGUAGE sql VOLATILE
AS $$
    INSERT INTO mail_outbox (message_id, subscriber_id, kind, sender_name, recipient, subject, text_body,
                             html_body, headers, created_at, attempts, status, next_attempt_at,
                             unknown_outcomes, not_after, about)
    VALUES (p_message_id, p_subscriber_id, p_kind, p_sender_name, p_recipient, p_subject, p_text_body,
            p_html_body, p_headers, p_now, 0, 'queued', p_now, 0, p_not_after, p_about)
$$;
