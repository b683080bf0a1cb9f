package com.newsdesk.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Active newsletters by slug, as a sign-up needs them, kept a minute in memory: a launch sends
 * thousands of sign-ups a second for the same newsletter. What this instance keeps may be stale
 * (another instance renamed or archived it); {@code newsletter_sign_up} checks the version of every
 * newsletter it is given and writes nothing when one changed, and the caller then forgets them and
 * reads again. Only newsletters that exist are kept, so a client asking for made-up slugs fills
 * nothing.
 */
@ApplicationScoped
public class NewsletterDirectory {

    /** What a sign-up uses of a newsletter, at one version. */
    public record Listed(UUID id, long version, String slug, String name, String senderName) {

        static Listed of(Newsletter newsletter) {
            return new Listed(
                    newsletter.id, newsletter.version, newsletter.slug, newsletter.name, newsletter.senderName);
        }
    }

    private record Kept(Listed listed, Instant until) {}

    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MAX_KEPT = 1_000;

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final EntityManager db;
    private final Clock clock;

    NewsletterDirectory(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The active newsletter with this slug; reads the database at most once a minute per slug. */
    Optional<Listed> active(String slug) {
        Instant now = clock.instant();
        Kept known = kept.get(slug);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.listed());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT id, version, name, sender_name FROM newsletter"
                        + " WHERE slug = ?1 AND status = 'active'")
                .setParameter(1, slug)
                .getResultList();
        if (rows.isEmpty()) {
            kept.remove(slug);
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Listed listed =
                new Listed((UUID) row[0], ((Number) row[1]).longValue(), slug, (String) row[2], (String) row[3]);
        if (kept.size() < MAX_KEPT) {
            kept.put(slug, new Kept(listed, now.plus(KEEP)));
        }
        return Optional.of(listed);
    }

    /** Forgets these, after the database said one of them changed. */
    void forget(Collection<Listed> stale) {
        stale.forEach(n -> kept.remove(n.slug()));
    }
}
