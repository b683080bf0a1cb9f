package com.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.common.config.BuildId;
import com.newsdesk.common.http.RawBody;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * A reader's article in its default representation (no {@code include}, {@code formats} or
 * {@code fields}) as it was last sent, kept in {@code article_answer}: the next reader of an old
 * article, which no in-memory cache holds, is answered by one indexed read of those bytes instead
 * of a statement that gathers the article's references and a body rendered again.
 *
 * <p>An answer carries a stamp of everything it was built from, and is served only while the
 * stamp is unchanged: the article's row version ({@code xmin}, which every update of a row
 * changes, whatever code writes it), how often authors, tags, sections and media have been
 * changed ({@code content_version}, bumped by triggers), and the row versions and public state
 * now of the articles its related cards point to, so that a card appears when its article's
 * embargo ends and goes when it is withdrawn. The
 * stamp of an answer being built comes from the statement that reads what it shows, so it never
 * vouches for newer data than the answer has. Nothing has to invalidate answers: a stale one is
 * never served, and the next reader replaces it. A new build of the service ({@link BuildId})
 * never serves an older build's answers.
 */
@ApplicationScoped
class ArticleAnswers {

    private static final Logger LOG = Logger.getLogger(ArticleAnswers.class);

    /** What an answer being built was built from: its stamp, and the articles its related cards show. */
    record Stamp(String stamp, List<UUID> related) {}

    /** The bytes of an answer, sent as they are. */
    record Answer(byte[] bytes, List<String> surrogateKeys, Instant lastModified) implements RawBody {}

    private final EntityManager db;
    private final ObjectMapper json;
    private final ArticleConfig config;
    private final String build;
    private final Map<ArticleRefs.Key, String> lookups = new java.util.EnumMap<>(ArticleRefs.Key.class);

    ArticleAnswers(EntityManager db, ObjectMapper json, ArticleConfig config, BuildId build) {
        this.db = db;
        this.json = json;
        this.config = config;
        this.build = build.value();
        for (ArticleRefs.Key key : ArticleRefs.Key.values()) {
            lookups.put(
                    key,
                    "SELECT s.document, s.surrogate_keys, s.last_modified FROM article a"
                            + " JOIN article_answer s ON s.article_id = a.id"
                            + " WHERE a." + key.column() + " = :key AND " + ArticleFilter.publicSql("a")
                            + " AND s.build = :build AND s.stamp = "
                            + stampSql("a", "a.xmin", "s.related"));
        }
    }

    /** Whether answers are kept and served ({@code newsdesk.articles.stored-answers}). */
    boolean enabled() {
        return config.storedAnswers();
    }

    /**
     * The row of {@link ArticleRefs}' single-article statement that carries the stamp of the answer
     * it builds (with the ids of the related cards it shows), over the article row {@code p} and its
     * body blocks, when {@code :answer}.
     */
    static String singleStampSql() {
        String related = "ARRAY(SELECT CAST(b ->> 'article' AS uuid) FROM body_blocks WHERE b ->> 'type' = 'related')";
        return "SELECT 'stamp', p.id, 0, CAST(json_build_object('stamp', " + stampSql("p", "p.row_version", related)
                + ", 'related', " + related + ") AS text) FROM page p WHERE :answer";
    }

    /**
     * The stamp of the article row {@code article}, whose row version is {@code rowVersion}, given
     * the array of the articles its related cards point to: that version, how often authors, tags,
     * sections and media have changed (content_version, read once per statement), and each related
     * article's row version and whether it is public at {@code :now}.
     */
    static String stampSql(String article, String rowVersion, String related) {
        // Bylines and tags are rows of their own; triggers give the article's row a new version
        // when they change (V202612031230).
        return "md5(concat_ws('|', " + rowVersion
                + ", (SELECT string_agg(cv.kind || ':' || cv.version, ',' ORDER BY cv.kind) FROM content_version cv)"
                + ", (SELECT string_agg(u.id || ':' || (SELECT r.xmin || ':' || (" + ArticleFilter.publicSql("r")
                + ") FROM article r WHERE r.id = u.id), ',' ORDER BY u.id) FROM unnest(" + related + ") AS u(id))))";
    }

    /** The stored answer for the public article with this slug or id, if it is current: one statement. */
    Optional<Answer> find(ArticleRefs.Key key, Object value, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(lookups.get(key))
                .setParameter("key", value)
                .setParameter("build", build)
                .setParameter("now", now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String keys = (String) row[1];
        return Optional.of(new Answer(
                (byte[]) row[0],
                keys.isEmpty() ? List.of() : Arrays.asList(keys.split(" ")),
                row[2] == null ? null : toInstant(row[2])));
    }

    /**
     * The view's bytes as they are sent, kept for the next reader: one more statement, in a
     * transaction of its own. A failure to keep them is logged and the answer still goes out.
     */
    Answer keep(UUID article, ArticleView view, Stamp stamp) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable article view", e);
        }
        Answer answer = new Answer(bytes, view.surrogateKeys(), view.lastModified());
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> db.createNativeQuery("INSERT INTO article_answer (article_id, build, stamp,"
                                    + " related, document, surrogate_keys, last_modified)"
                                    + " VALUES (:id, :build, :stamp, :related, :document, :keys, :modified)"
                                    + " ON CONFLICT (article_id) DO UPDATE SET build = excluded.build,"
                                    + " stamp = excluded.stamp,"
                                    + " related = excluded.related, document = excluded.document,"
                                    + " surrogate_keys = excluded.surrogate_keys,"
                                    + " last_modified = excluded.last_modified")
                            .unwrap(NativeQuery.class)
                            .setParameter("id", article)
                            .setParameter("build", build)
                            .setParameter("stamp", stamp.stamp())
                            .setParameter("related", stamp.related().toArray(UUID[]::new))
                            .setParameter("document", bytes)
                            .setParameter("keys", String.join(" ", answer.surrogateKeys()))
                            .setParameter("modified", answer.lastModified(), Instant.class)
                            .executeUpdate());
        } catch (RuntimeException e) {
            // The article went in the meantime, or the database is read-only or busy: the reader
            // still gets the answer, and the next one tries again.
            LOG.debugf(e, "Could not keep the answer for article %s", article);
        }
        return answer;
    }

    /** The stamp row of {@link ArticleRefs}: {"stamp": ..., "related": [...]}. */
    Stamp stamp(JsonNode row) {
        return new Stamp(row.get("stamp").asText(), ids(row.get("related")));
    }

    private static List<UUID> ids(JsonNode array) {
        List<UUID> ids = new ArrayList<>();
        if (array != null) {
            array.forEach(id -> ids.add(UUID.fromString(id.asText())));
        }
        return ids;
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
