package com.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.newsdesk.common.config.BuildId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Articles' summaries as sent in lists, kept in {@code article_summary_answer} as
 * {@link ArticleAnswers} keeps whole articles: a page of the feed is then one statement that
 * selects the page and finds each summary whose stamp still holds (the row versions of the
 * article, its authors, tags, section, lead image and audio, and the build), and the answer is
 * those bytes put together. Summaries that are missing or stale are built in one more statement
 * and kept in a third.
 */
@ApplicationScoped
class SummaryAnswers {

    private static final Logger LOG = Logger.getLogger(SummaryAnswers.class);
    private static final String NONE = "CAST(ARRAY[] AS uuid[])";

    /** One article of a page: its position, and its summary's JSON. */
    record Item(UUID id, Instant publishedAt, byte[] summary, List<String> surrogateKeys) {}

    private final EntityManager db;
    private final ObjectMapper json;
    private final ArticleReader reader;
    private final String build;

    SummaryAnswers(EntityManager db, ObjectMapper json, ArticleReader reader, BuildId build) {
        this.db = db;
        this.json = json;
        this.reader = reader;
        this.build = build.value();
    }

    /**
     * The stamp of the summary of the article row {@code article} as it is read in this statement;
     * with {@code rowVersion}, the expression of that row's xmin.
     */
    static String stampSql(String article, String rowVersion) {
        return ArticleAnswers.stampSql(article, rowVersion, NONE, NONE);
    }

    /** {@link #stampSql(String, String)} for a row that does not carry its xmin. */
    static String stampSql(String article) {
        return stampSql(article, "(SELECT x.xmin FROM article x WHERE x.id = " + article + ".id)");
    }

    /** Up to {@code count} articles of the page, newest first, each with its summary. */
    List<Item> page(PublicPage page, int count, Instant now) {
        var query = db.createNativeQuery("SELECT a.id, a.published_at, s.summary, s.surrogate_keys FROM"
                + " (SELECT a.id, a.published_at, a.xmin AS row_version, a.section_id, a.lead_image_id, a.audio_id"
                + " FROM article a WHERE " + page.where() + PublicPage.ORDER + " LIMIT " + count + ") a"
                + " LEFT JOIN article_summary_answer s ON s.article_id = a.id AND s.build = :build"
                + " AND s.stamp = " + stampSql("a", "a.row_version")
                + PublicPage.ORDER);
        query.setParameter("build", build).setParameter("now", now);
        page.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<UUID> missing = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                missing.add((UUID) row[0]);
            }
        }
        Map<UUID, Item> built = missing.isEmpty() ? Map.of() : buildAndKeep(missing);
        List<Item> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (row[2] == null) {
                Item item = built.get(id);
                if (item != null) { // else no longer public
                    items.add(item);
                }
            } else {
                String keys = (String) row[3];
                items.add(new Item(
                        id,
                        ArticleAnswers.toInstant(row[1]),
                        (byte[]) row[2],
                        keys.isEmpty() ? List.of() : Arrays.asList(keys.split(" "))));
            }
        }
        return items;
    }

    /** Builds the summaries of these articles (one statement) and keeps them (one more). */
    private Map<UUID, Item> buildAndKeep(List<UUID> ids) {
        Map<UUID, Item> items = new HashMap<>();
        ArrayNode kept = json.createArrayNode();
        List<ArticleReader.Stamped> summaries = new ArrayList<>(reader.stampedSummaries(ids));
        // Rows are locked in id order, whichever page keeps them: two readers never deadlock.
        summaries.sort(java.util.Comparator.comparing(stamped -> stamped.article().id));
        for (ArticleReader.Stamped stamped : summaries) {
            byte[] bytes;
            try {
                bytes = json.writeValueAsBytes(stamped.summary());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unwritable article summary", e);
            }
            Article article = stamped.article();
            List<String> keys = stamped.summary().surrogateKeys();
            items.put(article.id, new Item(article.id, article.publishedAt, bytes, keys));
            kept.addObject()
                    .put("id", article.id.toString())
                    .put("stamp", stamped.stamp())
                    .put("summary", new String(bytes, StandardCharsets.UTF_8))
                    .put("keys", String.join(" ", keys));
        }
        if (!kept.isEmpty()) {
            keep(kept);
        }
        return items;
    }

    private void keep(ArrayNode rows) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> db.createNativeQuery(
                                    "INSERT INTO article_summary_answer (article_id, build, stamp, summary, surrogate_keys)"
                                            + " SELECT CAST(r ->> 'id' AS uuid), :build, r ->> 'stamp',"
                                            + " convert_to(r ->> 'summary', 'UTF8'), r ->> 'keys'"
                                            + " FROM json_array_elements(CAST(:rows AS json)) AS r"
                                            + " ON CONFLICT (article_id) DO UPDATE SET build = excluded.build,"
                                            + " stamp = excluded.stamp, summary = excluded.summary,"
                                            + " surrogate_keys = excluded.surrogate_keys")
                            .setParameter("build", build)
                            .setParameter("rows", rows.toString())
                            .executeUpdate());
        } catch (RuntimeException e) {
            // As for whole answers: the readers get theirs, the next ones try again.
            LOG.debugf(e, "Could not keep %d article summaries", rows.size());
        }
    }
}
