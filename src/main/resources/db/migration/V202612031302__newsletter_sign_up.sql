-- A double opt-in sign-up in one statement (it took eight round trips, and the service spent most of
-- a sign-up's time sending them). The service renders the confirmation mail beforehand, assuming
-- every chosen newsletter needs one; this function decides whether it goes out. Outcomes:
--   stale     a newsletter is archived or changed since the caller read it: nothing was written;
--   current   every subscription is confirmed, or its confirmation went out since p_resend_after;
--   limited   the address had its mails for the window: the hit is counted, nothing else is sent;
--   queued    confirmation and mail are in (the mail is the one the caller rendered);
--   confirm   the confirmation is in for due_newsletters only (some chosen ones were not due):
--             the caller renders and queues the mail for those.
-- New subscriptions start pending, unsubscribed ones become pending with fresh consent, pending and
-- confirmed ones stay as they are; the rows are locked, so two sign-ups of one address at once send
-- one confirmation.
CREATE FUNCTION newsletter_sign_up(
    p_new_subscriber_id uuid,
    p_email text,
    p_email_key text,
    p_name text,
    p_newsletters uuid[],
    p_versions bigint[],
    p_source text,
    p_fingerprint text,
    p_now timestamptz,
    p_resend_after timestamptz,
    p_mail_bucket text,
    p_mail_limit integer,
    p_mail_window_start timestamptz,
    p_token_hash bytea,
    p_expires timestamptz,
    p_message_id text,
    p_sender_name text,
    p_subject text,
    p_text_body text,
    p_html_body text,
    OUT outcome text,
    OUT reader uuid,
    OUT due_newsletters uuid[])
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    v_due uuid[];
BEGIN
    IF (SELECT count(*) FROM newsletter n
          JOIN unnest(p_newsletters, p_versions) AS c(id, version) ON n.id = c.id AND n.version = c.version
         WHERE n.status = 'active') <> cardinality(p_newsletters) THEN
        outcome := 'stale';
        RETURN;
    END IF;

    INSERT INTO subscriber AS s (id, email, email_key, name, created_at)
    VALUES (p_new_subscriber_id, p_email, p_email_key, p_name, p_now)
    ON CONFLICT (email_key) DO UPDATE SET name = coalesce(s.name, excluded.name)
    RETURNING s.id INTO reader;

    INSERT INTO subscription AS sub (id, subscriber_id, newsletter_id, status, source, consent_at,
                                     consent_fingerprint, created_at, updated_at)
    SELECT gen_random_uuid(), reader, n, 'pending', p_source, p_now, p_fingerprint,
           p_now, p_now
      FROM unnest(p_newsletters) n
    ON CONFLICT (subscriber_id, newsletter_id) DO UPDATE SET
        status = 'pending', source = excluded.source, consent_at = excluded.consent_at,
        consent_fingerprint = excluded.consent_fingerprint, unsubscribed_at = NULL,
        confirmation_sent_at = NULL, updated_at = excluded.updated_at
     WHERE sub.status = 'unsubscribed';

    -- Every row of the reader, locked (those the insert left alone too), so a second sign-up of the
    -- address waits here and then finds the confirmation sent. Locking reads each row's newest
    -- version, which the filter outside judges. The condition names the reader alone, so only the
    -- (subscriber_id, newsletter_id) index can serve it, whatever the statistics say.
    WITH mine AS MATERIALIZED ( -- materialized: the filter below must not reach into it
        SELECT sub.id, sub.newsletter_id, sub.status, sub.confirmation_sent_at
          FROM subscription sub
         WHERE sub.subscriber_id = reader
         ORDER BY sub.id
           FOR UPDATE)
    SELECT array_agg(mine.id), array_agg(mine.newsletter_id) INTO v_due, due_newsletters
      FROM mine
     WHERE mine.newsletter_id = ANY (p_newsletters)
       AND mine.status = 'pending'
       AND (mine.confirmation_sent_at IS NULL OR mine.confirmation_sent_at < p_resend_after);
    IF v_due IS NULL THEN
        outcome := 'current';
        RETURN;
    END IF;

    IF p_mail_limit > 0 THEN -- nested: SQL does not promise to evaluate AND from the left
        IF rate_limit_hit(p_mail_bucket, p_mail_window_start) > p_mail_limit THEN
            outcome := 'limited';
            RETURN;
        END IF;
    END IF;

    INSERT INTO subscription_confirmation (token_hash, subscriber_id, subscription_ids, created_at, expires_at)
    VALUES (p_token_hash, reader, v_due, p_now, p_expires);
    UPDATE subscription SET confirmation_sent_at = p_now WHERE id = ANY (v_due);

    IF cardinality(v_due) < cardinality(p_newsletters) THEN
        outcome := 'confirm';
        RETURN;
    END IF;
    PERFORM mail_enqueue(p_message_id, reader, 'confirmation', p_sender_name, p_email,
                         p_subject, p_text_body, p_html_body, '{}'::jsonb, p_now, p_expires, NULL);
    outcome := 'queued';
END
$$;
