package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The history of an article: each change stores the next revision, in the transaction of the
 * change, with the whole editable content as the create input takes it plus status and publishAt,
 * and which of those fields differ from the revision before. The scheduled-publishing job adds
 * its own revision in SQL ({@link ScheduledPublisher}).
 */
@ApplicationScoped
public class ArticleRevisions {

    private final EntityManager db;
    private final ArticleReader reader;
    private final ObjectMapper json;
    private final ArticleConfig config;
    private final Instance<JsonWebToken> token;

    ArticleRevisions(
            EntityManager db,
            ArticleReader reader,
            ObjectMapper json,
            ArticleConfig config,
            Instance<JsonWebToken> token) {
        this.db = db;
        this.reader = reader;
        this.json = json;
        this.config = config;
        this.token = token;
    }

    /** One stored revision. */
    record Stored(
            int n,
            java.time.Instant createdAt,
            String staffId,
            String action,
            List<String> changed,
            JsonNode content) {}

    /** Stores the next revision from the article's view, unless nothing it holds changed. */
    void record(ArticleAdminView view, String action) {
        UUID id = UUID.fromString(view.id());
        ObjectNode content = json.valueToTree(reader.asInput(view));
        content.put("status", view.status().name().toLowerCase(java.util.Locale.ROOT));
        // As stored: the clock may give nanoseconds, which the driver rounds to the microseconds PostgreSQL keeps.
        content.set(
                "publishAt",
                json.valueToTree(
                        view.publishedAt() == null
                                ? null
                                : view.publishedAt().plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        Optional<Stored> last = latest(id);
        List<String> changed = new ArrayList<>();
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (last.isEmpty()
                    || !content.get(field).equals(last.get().content().get(field))) {
                changed.add(field);
            }
        }
        if (last.isPresent() && changed.isEmpty()) {
            return;
        }
        int n = last.map(s -> s.n() + 1).orElse(1);
        db.createNativeQuery("INSERT INTO article_revision (article_id, n, staff_id, action, changed, content)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb))")
                .setParameter(1, id)
                .setParameter(2, n)
                .setParameter(3, currentStaff())
                .setParameter(4, action)
                .setParameter(5, changed.toArray(String[]::new))
                .setParameter(6, content.toString())
                .executeUpdate();
        config.revisionsKeep()
                .ifPresent(
                        keep -> db.createNativeQuery("DELETE FROM article_revision WHERE article_id = ?1 AND n <= ?2")
                                .setParameter(1, id)
                                .setParameter(2, n - Math.max(1, keep)) // the newest always stays
                                .executeUpdate());
    }

    Optional<Stored> latest(UUID id) {
        return rows("WHERE article_id = ?1 ORDER BY n DESC LIMIT 1", id, null).stream()
                .findFirst();
    }

    Stored one(UUID id, int n) {
        return rows("WHERE article_id = ?1 AND n = ?2", id, n).stream()
                .findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("Article " + id + " has no revision " + n + "."));
    }

    NumberedPage<Stored> page(UUID id, int page, int limit) {
        List<Stored> data = rows(
                "WHERE article_id = ?1 ORDER BY n DESC LIMIT " + limit + " OFFSET " + (long) (page - 1) * limit,
                id,
                null);
        long total = ((Number) db.createNativeQuery("SELECT count(*) FROM article_revision WHERE article_id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, total));
    }

    private List<Stored> rows(String where, UUID id, Integer n) {
        var query = db.createNativeQuery(
                        "SELECT n, created_at, staff_id, action, array_to_json(changed)::text, content::text"
                                + " FROM article_revision " + where)
                .setParameter(1, id);
        if (n != null) {
            query.setParameter(2, n);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Stored> stored = new ArrayList<>();
        for (Object[] r : rows) {
            try {
                stored.add(new Stored(
                        ((Number) r[0]).intValue(),
                        SqlValues.instant(r[1]),
                        r[2] == null ? null : r[2].toString(),
                        (String) r[3],
                        json.readerForListOf(String.class).readValue((String) r[4]),
                        json.readTree((String) r[5])));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    /** The staff member whose request this is; null for the scheduled-publishing job and other work of its own. */
    private UUID currentStaff() {
        if (!Arc.container().requestContext().isActive() || !token.isResolvable()) {
            return null;
        }
        String subject = token.get().getSubject();
        return subject == null ? null : UUID.fromString(subject);
    }
}
