package com.newsdesk.newsletter;

import com.newsdesk.common.housekeeping.Housekeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Deletes what sign-ups leave behind (storage limitation): confirmation links past their expiry
 * (an unknown link answers exactly as an expired one does, so nothing changes for a reader), and
 * readers who never confirmed: pending subscriptions older than pendingTtl with their consent
 * records, then readers left without any subscription.
 */
@ApplicationScoped
class SubscriptionHousekeeping {

    private final EntityManager db;
    private final NewsletterConfig config;

    SubscriptionHousekeeping(EntityManager db, NewsletterConfig config) {
        this.db = db;
        this.config = config;
    }

    void prune(@Observes Housekeeping event) {
        db.createNativeQuery("DELETE FROM subscription_confirmation WHERE expires_at < ?1")
                .setParameter(1, event.at())
                .executeUpdate();
        Instant abandoned = event.at().minus(config.pendingTtl());
        db.createNativeQuery("DELETE FROM subscription WHERE status = 'pending' AND consent_at < ?1")
                .setParameter(1, abandoned)
                .executeUpdate();
        // Cascades to their confirmation links and queued mail.
        db.createNativeQuery("DELETE FROM subscriber s WHERE s.created_at < ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM subscription sub WHERE sub.subscriber_id = s.id)")
                .setParameter(1, abandoned)
                .executeUpdate();
    }
}
