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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MAX_KEPT = 1_000;

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final DataSource dataSource;
    private final Clock clock;

    NewsletterDirectory(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The active newsletters among these slugs, by slug (unknown and archived ones are missing);
     * those not kept, or kept over a minute ago, are read in one statement.
     */
    Map<String, Listed> active(Collection<String> slugs) {
        Instant now = clock.instant();
        Map<String, Listed> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String slug : slugs) {
            Kept known = kept.get(slug);
            if (known != null && known.until().isAfter(now)) {
                found.put(slug, known.listed());
            } else {
                missing.add(slug);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT slug, id, version, name, sender_name"
                        + " FROM newsletter WHERE slug = ANY (?) AND status = 'active'")) {
            statement.setArray(1, connection.createArrayOf("text", missing.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Listed listed = new Listed(
                            row.getObject(2, UUID.class),
                            row.getLong(3),
                            row.getString(1),
                            row.getString(4),
                            row.getString(5));
                    found.put(listed.slug(), listed);
                    if (kept.size() < MAX_KEPT) {
                        kept.put(listed.slug(), new Kept(listed, now.plus(KEEP)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading newsletters " + missing + " failed", e);
        }
        missing.stream().filter(slug -> !found.containsKey(slug)).forEach(kept::remove);
        return found;
    }

    /** Forgets these, after the database said one of them changed. */
    void forget(Collection<Listed> stale) {
        stale.forEach(n -> kept.remove(n.slug()));
    }
}
