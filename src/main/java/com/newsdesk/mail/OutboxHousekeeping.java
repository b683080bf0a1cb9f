package com.newsdesk.mail;

import com.newsdesk.common.housekeeping.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Deletes mail that is done with (it holds addresses): sent after keepSent, the rest after keepFailed. */
@ApplicationScoped
class OutboxHousekeeping {

    private final EntityManager db;
    private final MailConfig config;

    OutboxHousekeeping(EntityManager db, MailConfig config) {
        this.db = db;
        this.config = config;
    }

    void prune(@Observes Housekeeping event) {
        db.createNativeQuery("DELETE FROM mail_outbox WHERE next_attempt_at IS NULL AND status = 'sent'"
                        + " AND finished_at < ?1")
                .setParameter(1, event.at().minus(config.keepSent()))
                .executeUpdate();
        db.createNativeQuery("DELETE FROM mail_outbox WHERE next_attempt_at IS NULL"
                        + " AND status IN ('failed', 'skipped', 'unknown') AND finished_at < ?1")
                .setParameter(1, event.at().minus(config.keepFailed()))
                .executeUpdate();
    }
}
