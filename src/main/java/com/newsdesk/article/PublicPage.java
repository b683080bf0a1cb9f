package com.newsdesk.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which public articles a page of a list shows, as SQL over {@code article a}: the filter, after
 * (afterTime, afterId) and newer than (sinceTime, sinceId) when given, public at {@code :now}.
 */
record PublicPage(String where, Map<String, Object> parameters) {

    static PublicPage of(ArticleFilter filter, Instant afterTime, UUID afterId, Instant sinceTime, UUID sinceId) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(ArticleFilter.publicSql("a"));
        if (filter.sectionId() != null) {
            where.append(" AND a.section_id = :section");
            parameters.put("section", filter.sectionId());
        }
        if (filter.tagId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_id = :tag)");
            parameters.put("tag", filter.tagId());
        }
        if (filter.authorId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_author w WHERE w.article_id = a.id"
                    + " AND w.author_id = :author)");
            parameters.put("author", filter.authorId());
        }
        if (filter.language() != null) {
            where.append(" AND a.language = :language");
            parameters.put("language", filter.language());
        }
        if (afterId != null) {
            where.append(" AND (a.published_at, a.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", afterTime);
            parameters.put("afterId", afterId);
        }
        if (sinceId != null) {
            where.append(" AND (a.published_at, a.id) > (:sinceTime, :sinceId)");
            parameters.put("sinceTime", sinceTime);
            parameters.put("sinceId", sinceId);
        }
        return new PublicPage(where.toString(), parameters);
    }

    /** The order of every public list: newest first. */
    static final String ORDER = " ORDER BY a.published_at DESC, a.id DESC";
}
