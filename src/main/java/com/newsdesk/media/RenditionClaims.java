package com.newsdesk.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.newsdesk.common.json.StoredJson;
import com.newsdesk.media.image.Rendered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The renditions queue in the media table: items whose {@code rendition_status} is pending, taken
 * one at a time with a lease ({@code FOR UPDATE SKIP LOCKED}, so workers on every instance share
 * it), and finished only by the worker still holding the lease. A worker that dies leaves the
 * item to the next once its lease runs out.
 */
@ApplicationScoped
class RenditionClaims {

    private static final TypeReference<List<Rendition>> RENDITIONS = new TypeReference<>() {};

    /** What a worker needs to render an item, and the lease it holds it by. */
    record Job(
            UUID id,
            String sha256,
            String originalKey,
            int orientation,
            double focalX,
            double focalY,
            String copyright,
            List<Rendition> previous,
            Instant claimedUntil) {}

    private final EntityManager entities;

    RenditionClaims(EntityManager entities) {
        this.entities = entities;
    }

    Optional<Job> claim(Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Found first, then updated: an UPDATE that matched nothing would still fire the
            // statement trigger that marks every stored article answer stale (content_version).
            @SuppressWarnings("unchecked")
            List<UUID> due = entities.createNativeQuery("""
                            SELECT id FROM media
                            WHERE rendition_status = 'pending'
                                AND (rendition_claimed_until IS NULL OR rendition_claimed_until < now())
                            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""").getResultList();
            if (due.isEmpty()) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("""
                            UPDATE media SET rendition_claimed_until = date_trunc('milliseconds', now() + CAST(:lease AS interval))
                            WHERE id = :id
                            RETURNING id, sha256, original_key, coalesce(orientation, 1), focal_x, focal_y, copyright,
                                CAST(renditions AS text), rendition_claimed_until""")
                    .setParameter("lease", lease.toMillis() + " milliseconds")
                    .setParameter("id", due.get(0))
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = rows.get(0);
            return Optional.of(new Job(
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    ((Number) row[3]).intValue(),
                    ((Number) row[4]).doubleValue(),
                    ((Number) row[5]).doubleValue(),
                    (String) row[6],
                    renditions((String) row[7]),
                    instant(row[8])));
        });
    }

    /** Records the set as ready; false when the lease was lost (the item deleted or asked for again). */
    boolean ready(Job job, List<Rendition> made, Rendered rendered) {
        String json;
        try {
            json = StoredJson.mapper().writeValueAsString(made);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("renditions are always serializable", e);
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> entities.createNativeQuery("""
                                UPDATE media SET rendition_status = 'ready', renditions = CAST(:renditions AS jsonb),
                                    placeholder = :placeholder, dominant_color = :color, width = :width,
                                    height = :height, rendition_claimed_until = NULL, rendition_error = NULL,
                                    version = version + 1, updated_at = now()
                                WHERE id = :id AND rendition_status = 'pending' AND rendition_claimed_until = :until""")
                                .setParameter("renditions", json)
                                .setParameter("placeholder", rendered.placeholder())
                                .setParameter("color", rendered.dominantColor())
                                .setParameter("width", rendered.width())
                                .setParameter("height", rendered.height())
                                .setParameter("id", job.id())
                                .setParameter("until", OffsetDateTime.ofInstant(job.claimedUntil(), ZoneOffset.UTC))
                                .executeUpdate()
                        == 1);
    }

    void failed(Job job, String reason) {
        QuarkusTransaction.requiringNew()
                .run(() -> entities.createNativeQuery("""
                        UPDATE media SET rendition_status = 'failed', rendition_error = left(:reason, 500),
                            rendition_claimed_until = NULL, version = version + 1, updated_at = now()
                        WHERE id = :id AND rendition_status = 'pending' AND rendition_claimed_until = :until""")
                        .setParameter("reason", reason)
                        .setParameter("id", job.id())
                        .setParameter("until", OffsetDateTime.ofInstant(job.claimedUntil(), ZoneOffset.UTC))
                        .executeUpdate());
    }

    /** Asks for an item's renditions again; false when it is no uploaded image. */
    boolean requestAgain(UUID id) {
        return entities.createNativeQuery(AGAIN + " AND id = :id")
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    /** Asks for the renditions of every uploaded image again, after the ladder changed. */
    int requestAllAgain() {
        return entities.createNativeQuery(AGAIN).executeUpdate();
    }

    private static final String AGAIN = """
            UPDATE media SET rendition_status = 'pending', rendition_claimed_until = NULL,
                rendition_error = NULL, version = version + 1, updated_at = now()
            WHERE kind = 'image' AND original_key IS NOT NULL""";

    private static List<Rendition> renditions(String json) {
        try {
            return json == null ? List.of() : StoredJson.mapper().readValue(json, RENDITIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable renditions column", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
