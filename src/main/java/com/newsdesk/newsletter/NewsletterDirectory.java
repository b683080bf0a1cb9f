package com.newsdesk.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Active newsletters by slug, as a sign-up needs them, kept a minute in memory: a launch sends
 * thousands of sign-ups a second for the same newsletter. What this instance keeps may be stale
 * (another instance renamed or archived it); {@code newsletter_sign_up} checks the version of every
 * newsletter it is given and writes nothing when one changed, and the caller then forgets them and
 * reads again. Only newsletters that exist are kept, so a client asking for made-up slugs fills
 * nothing. Plain JDBC: a sign-up for one newsletter runs outside any transaction.
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
    private final DataSource dataSource;
    private final Clock clock;

    NewsletterDirectory(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The active newsletter with this slug; reads the database at most once a minute per slug. */
    Optional<Listed> active(String slug) {
        Instant now = clock.instant();
        Kept known = kept.get(slug);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.listed());
        }
        Listed listed;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, version, name, sender_name FROM newsletter WHERE slug = ? AND status = 'active'")) {
            statement.setString(1, slug);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    kept.remove(slug);
                    return Optional.empty();
                }
                listed = new Listed(
                        row.getObject(1, UUID.class), row.getLong(2), slug, row.getString(3), row.getString(4));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading newsletter " + slug + " failed", e);
        }
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
