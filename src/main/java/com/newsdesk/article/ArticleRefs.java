package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.json.StoredJson;
import com.newsdesk.media.MediaViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything a set of articles shows of other features' things (bylines and author profiles with
 * avatars, tags, sections, lead images, audio, body images, related cards, translations), read in
 * one SQL statement, whatever the number of articles; a reader's article and a public page of
 * articles come in that same statement ({@link #single}, {@link #list}), so they cost one. A read
 * model over the other features' tables, on purpose: their services would cost a statement each.
 */
@ApplicationScoped
class ArticleRefs {

    /**
     * What a set of articles refers to, given the articles as a CTE named page. Each reference is
     * written as JSON text by PostgreSQL (json_build_object: no binary jsonb to print again). Media
     * are looked up by an array of ids, which PostgreSQL answers from the primary key: with
     * {@code IN (SELECT ...)} the plan made once for all values hashed the whole media table for
     * every page (0.27 of 0.96 ms for a page of 20 over 2,000 media, and growing with the library).
     */
    private static final String REFS =
            """
            body_blocks AS (
                SELECT b FROM page, jsonb_array_elements(page.body) AS b WHERE :bodies),
            media_ids AS (
                SELECT lead_image_id AS id FROM page
                UNION SELECT audio_id FROM page
                UNION SELECT CAST(b ->> 'mediaId' AS uuid) FROM body_blocks WHERE b ->> 'type' = 'image'
                UNION SELECT au.avatar_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                    WHERE :bodies AND aa.article_id IN (SELECT id FROM page)),
            refs AS (SELECT kind, owner, pos, doc FROM (
            SELECT 'author' AS kind, aa.article_id AS owner, aa.position AS pos, CAST(json_build_object('id', au.id, 'slug', au.slug,
                    'name', au.name, 'bio', au.bio, 'title', au.title, 'avatarId', au.avatar_id,
                    'socialLinks', au.social_links) AS text) AS doc
                FROM article_author aa JOIN author au ON au.id = aa.author_id WHERE aa.article_id IN (SELECT id FROM page)
            UNION ALL
            SELECT 'tag', tg.article_id, tg.position, CAST(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name,
                    'description', t.description) AS text)
                FROM article_tag tg JOIN tag t ON t.id = tg.tag_id WHERE tg.article_id IN (SELECT id FROM page)
            UNION ALL
            SELECT 'section', NULL, 0, CAST(json_build_object('id', s.id, 'slug', s.slug, 'name', s.name,
                    'description', s.description) AS text)
                FROM section s WHERE s.id IN (SELECT section_id FROM page)
            UNION ALL
            SELECT 'media', NULL, 0, %s
                FROM media m WHERE m.id = ANY (ARRAY(SELECT id FROM media_ids))
            UNION ALL
            SELECT 'related', NULL, 0, CAST(json_build_object('id', r.id, 'slug', r.slug, 'headline', r.headline,
                    'excerpt', r.excerpt, 'lede', r.lede,
                    'publishedAt', r.published_at) AS text)
                FROM article r
                WHERE r.id IN (SELECT CAST(b ->> 'article' AS uuid) FROM body_blocks WHERE b ->> 'type' = 'related')
                    AND %s
            UNION ALL
            SELECT 'body', p.id, 0, CAST(p.body AS text) FROM page p WHERE :bodies
            UNION ALL %s
            /*article*/) AS refs)
            """.formatted(MediaViews.ROW_JSON, ArticleFilter.publicSql("r"), ViewRefs.KEY_EVENTS_SQL);

    /** What an answer built from this statement is stamped with ({@link ArticleAnswers}), when :answer. */
    private static final String STAMP = ArticleAnswers.singleStampSql();

    private static final String QUERY =
            "WITH page AS (SELECT id, section_id, lead_image_id, audio_id, excerpt, body, live"
                    + " FROM article WHERE id IN (:ids)), " + REFS + " SELECT kind, owner, pos, doc FROM refs";

    /** The column a single public article is looked up by. */
    enum Key {
        SLUG("slug"),
        ID("id"),
        /** By id, whatever its status: the current draft for a preview link. */
        DRAFT("id");

        private final String column;

        Key(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /** A public article, what it refers to, and the stamp of an answer built from them (when asked). */
    record Single(Article article, ArticleRefRows.Refs refs, JsonNode stamp) {}

    private final EntityManager db;
    private final ArticleRefRows parser;
    private final Clock clock;
    private final ArticleDocument document;
    private final Map<Key, String> single = new java.util.EnumMap<>(Key.class);
    private final String listed;
    private final String stamped;

    ArticleRefs(
            EntityManager db,
            Clock clock,
            ArticleDocument document,
            MediaViews media,
            @ConfigProperty(name = "newsdesk.site.public-base-url") String site) {
        this.db = db;
        this.parser = new ArticleRefRows(StoredJson.mapper(), media);
        this.clock = clock;
        this.document = document;
        // One public article, its references and its body: the article itself is one more row.
        for (Key key : Key.values()) {
            single.put(
                    key,
                    "WITH page AS (SELECT a.*, a.xmin AS row_version FROM article a WHERE a." + key.column
                            + " = :key AND " + (key == Key.DRAFT ? "TRUE" : ArticleFilter.publicSql("a")) + "), "
                            + REFS.replace(
                                    "/*article*/",
                                    "UNION ALL SELECT 'article', p.id, 0, "
                                            + document.sql(
                                                    "CASE WHEN :text THEN p.body_text END AS \"bodyText\"",
                                                    TranslationGroups.documentSql(site))
                                            + " FROM page p UNION ALL " + STAMP)
                            + " SELECT kind, owner, pos, doc FROM refs");
        }
        this.listed =
                REFS.replace("/*article*/", "UNION ALL SELECT 'article', p.id, p.n, " + document.sql() + " FROM page p")
                        + " SELECT kind, owner, pos, doc FROM refs";
        this.stamped = REFS.replace(
                        "/*article*/",
                        "UNION ALL SELECT 'article', p.id, p.n, " + document.sql() + " FROM page p"
                                + " UNION ALL SELECT 'stamp', p.id, 0, " + SummaryAnswers.stampSql("p")
                                + " FROM page p")
                + " SELECT kind, owner, pos, doc FROM refs";
    }

    /** Public articles in order, what they refer to, and the stamps of their summaries when asked. */
    record Listing(List<Article> articles, ArticleRefRows.Refs refs, Map<UUID, String> stamps) {}

    /**
     * A list of public articles and their references (no bodies) in one statement. {@code pageSql}
     * selects the articles: every column of article, and their order as {@code n}.
     */
    Listing list(String pageSql, Map<String, Object> parameters) {
        return list(pageSql, parameters, false);
    }

    /**
     * {@link #list}, and with {@code withStamps} the stamp of each article's summary
     * ({@link SummaryAnswers}); {@code pageSql} then also selects the row's xmin as row_version.
     */
    Listing list(String pageSql, Map<String, Object> parameters, boolean withStamps) {
        var query = db.createNativeQuery("WITH page AS (" + pageSql + "), " + (withStamps ? stamped : listed))
                .setParameter("bodies", false)
                .setParameter("now", clock.instant());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> references = new ArrayList<>(rows.size());
        Map<UUID, String> stamps = new HashMap<>();
        for (Object[] row : rows) {
            if ("stamp".equals(row[0])) {
                stamps.put((UUID) row[1], row[3].toString());
            } else {
                (("article".equals(row[0])) ? documents : references).add(row);
            }
        }
        documents.sort(java.util.Comparator.comparingLong(row -> ((Number) row[2]).longValue()));
        List<Article> articles = new ArrayList<>(documents.size());
        for (Object[] row : documents) {
            articles.add(document.read(row[3].toString()));
        }
        return new Listing(articles, parser.read(references), stamps);
    }

    /**
     * One statement; {@code withBodies} adds body images, related cards and the authors' avatars
     * (which only a single article's author profiles show).
     */
    ArticleRefRows.Refs of(Collection<Article> articles, boolean withBodies) {
        if (articles.isEmpty()) {
            return parser.read(List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(QUERY)
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .setParameter("bodies", withBodies)
                .setParameter("now", clock.instant())
                .getResultList();
        return parser.read(rows);
    }

    /**
     * The public article with this slug or id, its references and its body, in one statement;
     * with {@code withStamp}, also the stamp of an answer built from them.
     */
    Optional<Single> single(Key key, Object value, Instant now, boolean withText, boolean withStamp) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(single.get(key))
                .setParameter("key", value)
                .setParameter("text", withText)
                .setParameter("answer", withStamp)
                .setParameter("bodies", true)
                .setParameter("now", now)
                .getResultList();
        Article article = null;
        JsonNode stamp = null;
        List<Object[]> references = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if ("article".equals(row[0])) {
                article = document.read(row[3].toString());
            } else if ("stamp".equals(row[0])) {
                stamp = parser.parse(row[3]);
            } else {
                references.add(row);
            }
        }
        return article == null ? Optional.empty() : Optional.of(new Single(article, parser.read(references), stamp));
    }

    /**
     * The bodies of several articles in one statement, for staff lists: the entities leave their
     * bodies unread (a lazy attribute), and touching each would cost a statement per article.
     */
    Map<UUID, List<Block>> bodies(Collection<Article> articles) {
        Map<UUID, List<Block>> bodies = new HashMap<>();
        if (articles.isEmpty()) {
            return bodies;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT id, CAST(body AS text) FROM article WHERE id IN (:ids)")
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .getResultList();
        for (Object[] row : rows) {
            bodies.put((UUID) row[0], parser.blocks(row[1]));
        }
        return bodies;
    }
}
