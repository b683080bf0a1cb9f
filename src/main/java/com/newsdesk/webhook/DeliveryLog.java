package com.newsdesk.webhook;

import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.webhook.WebhookViews.AttemptView;
import com.newsdesk.webhook.WebhookViews.DeliveryView;
import com.newsdesk.webhook.WebhookViews.Recovered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What staff see of deliveries, and what they can do about them: redeliver one, or recover many. */
@ApplicationScoped
public class DeliveryLog {

    private static final String COLUMNS = "SELECT d.id, e.id AS message, e.type, d.subject_id, d.status,"
            + " d.next_attempt_at, d.note, d.created_at, d.finished_at"
            + " FROM webhook_delivery d JOIN content_event e ON e.seq = d.event_seq";

    private final EntityManager db;
    private final WebhookService webhooks;
    private final DeliverySignal signal;
    private final Clock clock;

    DeliveryLog(EntityManager db, WebhookService webhooks, DeliverySignal signal, Clock clock) {
        this.db = db;
        this.webhooks = webhooks;
        this.signal = signal;
        this.clock = clock;
    }

    /** Newest first, each with its attempts. */
    @Transactional
    public NumberedPage<DeliveryView> page(UUID webhookId, int page, int limit) {
        webhooks.find(webhookId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        COLUMNS + " WHERE d.webhook_id = ?1 ORDER BY d.created_at DESC, d.id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, webhookId)
                .setParameter(2, limit)
                .setParameter(3, (long) (page - 1) * limit)
                .getResultList();
        long total = ((Number) db.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?1")
                        .setParameter(1, webhookId)
                        .getSingleResult())
                .longValue();
        return new NumberedPage<>(views(rows), new NumberedPage.PageMeta(page, limit, total));
    }

    /** Sends one delivery again, now, with the same webhook-id; a 409 while it is still on its way. */
    @Transactional
    public DeliveryView retry(UUID webhookId, UUID deliveryId) {
        webhooks.find(webhookId);
        int changed = db.createNativeQuery("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ?3,"
                        + " round_start = attempts, finished_at = NULL, note = 'Redelivery asked for by staff.'"
                        + " WHERE id = ?1 AND webhook_id = ?2 AND status IN ('succeeded', 'failed', 'cancelled')")
                .setParameter(1, deliveryId)
                .setParameter(2, webhookId)
                .setParameter(3, clock.instant())
                .executeUpdate();
        DeliveryView delivery = one(webhookId, deliveryId);
        if (changed == 0) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "This delivery is still " + delivery.status() + "; retry it once it ends.");
        }
        signal.wakeAfterCommit();
        return delivery;
    }

    /**
     * Queues again what failed or was cancelled since {@code since}, and queues for the first time
     * what the endpoint would have wanted while it was disabled; events older than the log's
     * retention are gone.
     */
    @Transactional
    public Recovered recover(UUID webhookId, Instant since) {
        webhooks.find(webhookId);
        Instant now = clock.instant();
        int again = db.createNativeQuery("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ?3,"
                        + " round_start = attempts, finished_at = NULL, note = 'Recovered by staff.'"
                        + " WHERE webhook_id = ?1 AND created_at >= ?2 AND status IN ('failed', 'cancelled')")
                .setParameter(1, webhookId)
                .setParameter(2, since)
                .setParameter(3, now)
                .executeUpdate();
        int missed = db.createNativeQuery("INSERT INTO webhook_delivery (webhook_id, event_seq, subject_id, note)"
                        + " SELECT w.id, e.seq, e.subject_id, 'Recovered: the endpoint was disabled when it happened.'"
                        + " FROM webhook w JOIN content_event e ON e.occurred_at >= ?2"
                        + " WHERE w.id = ?1"
                        + " AND webhook_matches(w.events, w.sections, w.tags, e.type, e.sections, e.tags)"
                        + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.webhook_id = w.id"
                        + " AND d.event_seq = e.seq)")
                .setParameter(1, webhookId)
                .setParameter(2, since)
                .executeUpdate();
        signal.wakeAfterCommit();
        return new Recovered(again + missed);
    }

    private DeliveryView one(UUID webhookId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(COLUMNS + " WHERE d.id = ?1 AND d.webhook_id = ?2")
                .setParameter(1, deliveryId)
                .setParameter(2, webhookId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException.NotFound("Webhook " + webhookId + " has no delivery " + deliveryId + ".");
        }
        return views(rows).get(0);
    }

    private List<DeliveryView> views(List<Object[]> rows) {
        Map<UUID, List<AttemptView>> attempts = new HashMap<>();
        if (!rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> tried = db.createNativeQuery("SELECT delivery_id, n, attempted_at, response_status,"
                            + " latency_ms, response, error FROM webhook_attempt WHERE delivery_id = ANY (?1)"
                            + " ORDER BY delivery_id, n")
                    .setParameter(1, rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new))
                    .getResultList();
            for (Object[] a : tried) {
                attempts.computeIfAbsent((UUID) a[0], key -> new ArrayList<>())
                        .add(new AttemptView(
                                ((Number) a[1]).intValue(),
                                SqlValues.instant(a[2]),
                                a[3] == null ? null : ((Number) a[3]).intValue(),
                                ((Number) a[4]).intValue(),
                                (String) a[5],
                                (String) a[6]));
            }
        }
        return rows.stream()
                .map(r -> new DeliveryView(
                        r[0].toString(),
                        Deliveries.messageId((UUID) r[1]),
                        (String) r[2],
                        r[3].toString(),
                        (String) r[4],
                        SqlValues.instant(r[5]),
                        (String) r[6],
                        attempts.getOrDefault((UUID) r[0], List.of()),
                        SqlValues.instant(r[7]),
                        SqlValues.instant(r[8])))
                .toList();
    }
}
