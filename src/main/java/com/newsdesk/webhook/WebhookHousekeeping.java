package com.newsdesk.webhook;

import com.newsdesk.common.housekeeping.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Forgets events older than {@code keep} with their deliveries and attempts, unless one is still queued. */
@ApplicationScoped
class WebhookHousekeeping {

    private final EntityManager db;
    private final WebhookConfig config;

    WebhookHousekeeping(EntityManager db, WebhookConfig config) {
        this.db = db;
        this.config = config;
    }

    void prune(@Observes Housekeeping event) {
        db.createNativeQuery("DELETE FROM content_event e WHERE e.occurred_at < ?1 AND NOT EXISTS"
                        + " (SELECT 1 FROM webhook_delivery d WHERE d.event_seq = e.seq"
                        + " AND d.status IN ('pending', 'sending'))")
                .setParameter(1, event.at().minus(config.keep()))
                .executeUpdate();
    }
}
