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
 * selects the page and finds each summary whose stamp still holds (the article's row version,
 * the counts of changes to authors, tags, sections and media, and the build), and the answer is
 * those bytes put together. Summaries that are missing or stale are built in one more statement
 * and kept in a third.
 */
@ApplicationScoped
class SummaryAnswers {

    private static final Logger LOG = Logger.getLogger(SummaryAnswers.class);

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
     * The stamp of the summary of the article row {@code row}, which selects the row's xmin as
     * row_version: an article answer's stamp without related cards.
     */
    static String stampSql(String row) {
        return ArticleAnswers.stampSql(row, row + ".row_version", "CAST(ARRAY[] AS uuid[])");
    }

    /** Up to {@code count} articles of the page, newest first, each with its summary. */
    List<Item> page(PublicPage page, int count, Instant now) {
        // The kept summary is read by its key for each row of the page: OFFSET 0 keeps PostgreSQL
        // from turning it into a join that hashes the whole table.
        var query = db.createNativeQuery("SELECT a.id, a.published_at, CASE WHEN s.build = :build AND s.stamp = "
                + stampSql("a") + " THEN s.summary END, s.surrogate_keys FROM (SELECT a.id, a.published_at,"
                + " a.xmin AS row_version FROM article a WHERE " + page.where() + PublicPage.ORDER + " LIMIT " + count
                + ") a LEFT JOIN LATERAL (SELECT s.build, s.stamp, s.summary, s.surrogate_keys"
                + " FROM article_summary_answer s WHERE s.article_id = a.id OFFSET 0) s ON true"
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
