package com.newsdesk.search;

import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.article.ArticleViews.ArticleSummary;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search of published articles: web-search syntax ("quoted phrases", -exclude, or),
 * case and diacritics ignored, ranked by relevance with a boost for recent news, with
 * highlighted snippets.
 */
@ApplicationScoped
public class SearchService {

    static final String CURSOR_KIND = "search";
    /** Markers that never occur in text, swapped for <mark> once the snippet is escaped. */
    private static final String START = "\u0002";

    private static final String STOP = "\u0003";

    /** The deepest result a cursor can point at. */
    static final int MAX_OFFSET = 1_000;

    /**
     * Relevance (on the small search_rank document, see its migration), boosted for recent news:
     * the boost halves for every week of age. date_part and float8 keep the arithmetic off
     * numeric, which cost more than the ranking itself.
     */
    private static final String SCORE = "ts_rank(c.search_rank, c.query, 1)"
            + " * (1 + power(0.5::float8, date_part('epoch', :now - c.published_at) / 604800.0::float8))";

    private final EntityManager db;
    private final ArticleQueries articles;
    private final SearchConfig config;
    private final Clock clock;

    SearchService(EntityManager db, ArticleQueries articles, SearchConfig config, Clock clock) {
        this.db = db;
        this.articles = articles;
        this.config = config;
        this.clock = clock;
    }

    public record Range(Instant from, Instant to) {}

    @Transactional
    public SearchPage search(String q, ArticleFilter filter, Range range, String cursor, int limit) {
        int offset = cursor == null ? 0 : offset(cursor, q);
        // English articles are stemmed, others folded only (migration article_translations): each
        // article is matched by the words read its own way. Two index conditions, not one over a
        // CASE, so that PostgreSQL can still answer each from the GIN index.
        String english = "article_search_config(a.language) = CAST('newsdesk_search' AS regconfig)";
        StringBuilder sql = new StringBuilder("SELECT a.id, a.published_at, a.search_rank, CASE WHEN " + english
                + " THEN stemmed ELSE folded END AS query FROM article a,"
                + " websearch_to_tsquery('newsdesk_search', :q) stemmed, websearch_to_tsquery('newsdesk_folded', :q) folded"
                + " WHERE ((a.search @@ stemmed AND " + english + ") OR (a.search @@ folded AND NOT " + english + "))"
                + " AND " + ArticleFilter.publicSql("a"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.language() != null) {
            sql.append(" AND a.language = :language");
            parameters.put("language", filter.language());
        }
        parameters.put("q", q);
        parameters.put("now", clock.instant());
        parameters.put("options", "MaxFragments=2, MaxWords=30, MinWords=10, StartSel=" + START + ", StopSel=" + STOP);
        if (filter.sectionId() != null) {
            sql.append(" AND a.section_id = :section");
            parameters.put("section", filter.sectionId());
        }
        if (filter.tagId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_id = :tag)");
            parameters.put("tag", filter.tagId());
        }
        if (range.from() != null) {
            sql.append(" AND a.published_at >= :from");
            parameters.put("from", range.from());
        }
        if (range.to() != null) {
            sql.append(" AND a.published_at < :to");
            parameters.put("to", range.to());
        }
        // Ranking reads every candidate, so only the newest max-candidates matches are ranked (one
        // more is read to tell whether any were left out).
        sql.append(" ORDER BY a.published_at DESC, a.id DESC LIMIT :candidates");
        String ranked = "SELECT c.id, c.query, " + SCORE + " AS score, c.published_at, c.total > :cap AS approximate"
                + " FROM (SELECT m.*, row_number() OVER (ORDER BY m.published_at DESC, m.id DESC) AS n,"
                + " count(*) OVER () AS total FROM (" + sql + ") m) c"
                + " WHERE c.n <= :cap ORDER BY score DESC, c.published_at DESC, c.id DESC OFFSET :offset LIMIT :limit";
        parameters.put("cap", config.maxCandidates());
        parameters.put("candidates", config.maxCandidates() + 1);
        // The snippet comes from the headline, standfirst and lede: ts_headline parses all the text
        // it is given, about 0.8 ms a row for 3,000 characters. In the outer query it runs for the
        // rows of this page only; in the ranked query PostgreSQL evaluated it for every skipped row.
        String paged =
                "SELECT a.id, ts_headline(article_search_config(a.language), a.headline || '. ' || coalesce(a.standfirst, '')"
                        + " || ' ' || left(a.body_text, 1000), p.query, :options) AS snippet, p.approximate"
                        + " FROM (" + ranked + ") p JOIN article a ON a.id = p.id"
                        + " ORDER BY p.score DESC, p.published_at DESC, p.id DESC";
        parameters.put("offset", offset);
        parameters.put("limit", limit + 1);
        // A generic plan (what a prepared statement gets after five runs) cannot see how few
        // articles the words match and ANDs in a scan of every published article; plan each search
        // for its own words instead (measured: 38 ms generic, 15 ms custom, 100,000 articles).
        db.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        Query query = db.createNativeQuery(paged);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > limit;
        boolean approximate = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[2]);
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<UUID> ids = page.stream().map(row -> (UUID) row[0]).toList();
        Map<String, ArticleSummary> summaries = new HashMap<>();
        articles.publicSummaries(ids).forEach(summary -> summaries.put(summary.id(), summary));
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (Object[] row : page) {
            ArticleSummary summary = summaries.get(row[0].toString());
            if (summary != null) {
                hits.add(new SearchPage.Hit(summary, snippet((String) row[1])));
            }
        }
        // Nobody reads past the first thousand results; deeper pages would only cost ranking work.
        more = more && offset + limit <= MAX_OFFSET;
        String next = more ? Cursors.encode(CURSOR_KIND, String.valueOf(offset + limit), q) : null;
        return new SearchPage(hits, new SearchPage.Meta(limit, next, approximate));
    }

    /** Escapes the text, then turns the match markers into <mark>. */
    static String snippet(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 32);
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\u0002' -> out.append("<mark>");
                case '\u0003' -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int offset(String cursor, String q) {
        List<String> keys = Cursors.decode(cursor, CURSOR_KIND, 2, "cursor");
        try {
            int offset = Integer.parseInt(keys.get(0));
            if (offset >= 0 && offset <= MAX_OFFSET && keys.get(1).equals(q)) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw Cursors.invalid("cursor");
    }

    /** The q parameter: 1 to 200 characters of text. */
    public static String query(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ProblemException.InvalidInput("q", "Please enter something to search for");
        }
        if (raw.length() > 200 || raw.indexOf('\0') >= 0) {
            throw new ProblemException.InvalidInput("q", "Must be at most 200 characters of text");
        }
        return raw.trim();
    }
}
