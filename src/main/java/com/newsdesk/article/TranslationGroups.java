package com.newsdesk.article;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Puts an article into the translation group of the article it translates (translationOf), one
 * article per language in a group. A group is named by its first article's id; when a group's
 * first article joins another group, its translations come along.
 */
@ApplicationScoped
class TranslationGroups {

    private final ArticleRepository articles;
    private final java.time.Clock clock;

    TranslationGroups(ArticleRepository articles, java.time.Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * The select item of a reader's article document that lists the other public articles of its
     * group (article row {@code p}, public at {@code :now}), with their URLs on the site's base.
     */
    static String documentSql(String siteBase) {
        String base = "'" + siteBase.replace("'", "''") + "/articles/'";
        return "COALESCE((SELECT json_agg(json_build_object('language', t.language, 'slug', t.slug, 'headline',"
                + " t.headline, 'url', " + base + " || t.slug) ORDER BY lower(t.language)) FROM article t"
                + " WHERE t.translation_group = p.translation_group AND t.id <> p.id AND "
                + ArticleFilter.publicSql("t") + "), '[]') AS \"translations\"";
    }

    /** What a reader asking for a language gets: nothing public at that slug, no version in it, or one. */
    record Version(boolean found, String slug, String language) {}

    /**
     * The public article at this slug or its public translation in {@code language}, else in
     * {@code fallback} (may be null): one statement.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    Version inLanguage(String slug, String language, String fallback) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = articles.getEntityManager()
                .createNativeQuery("SELECT t.slug, t.language FROM article a LEFT JOIN article t"
                        + " ON (t.id = a.id OR t.translation_group = a.translation_group) AND "
                        + ArticleFilter.publicSql("t")
                        + " AND lower(t.language) IN (lower(:language), lower(:fallback))"
                        + " WHERE a.slug = :slug AND " + ArticleFilter.publicSql("a")
                        + " ORDER BY lower(t.language) = lower(:language) DESC NULLS LAST LIMIT 1")
                .setParameter("slug", slug)
                .setParameter("language", language)
                .setParameter("fallback", fallback == null ? language : fallback)
                .setParameter("now", clock.instant())
                .getResultList();
        if (rows.isEmpty()) {
            return new Version(false, null, null);
        }
        return new Version(true, (String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    /** After the input is applied, before the article is flushed. */
    void place(Article article) {
        UUID before = article.translationGroup;
        if (article.translationOf == null) {
            // A translation whose translationOf was cleared leaves its group; the group's first
            // article (whose id the group carries, and which translates nothing) stays in it.
            if (before != null && !before.equals(article.id)) {
                article.translationGroup = null;
            }
            return;
        }
        if (article.translationOf.equals(article.id)) {
            throw new ProblemException.InvalidInput("translationOf", "Must be another article");
        }
        Article original = articles.findByIdOptional(article.translationOf)
                .orElseThrow(() -> new ProblemException.InvalidInput(
                        "translationOf", "There is no article " + article.translationOf));
        UUID group = original.translationGroup != null ? original.translationGroup : original.id;
        Map<UUID, Article> members = new LinkedHashMap<>();
        articles.list("translationGroup = ?1 or id = ?2", group, original.id).forEach(m -> members.put(m.id, m));
        if (article.id != null && article.id.equals(before) && !before.equals(group)) {
            // The article was its group's first: its translations come along.
            articles.list("translationGroup = ?1", before).forEach(m -> members.put(m.id, m));
        }
        members.remove(article.id);
        Map<String, Article> byLanguage = new HashMap<>();
        byLanguage.put(article.language.toLowerCase(Locale.ROOT), article);
        for (Article member : members.values()) {
            Article same = byLanguage.putIfAbsent(member.language.toLowerCase(Locale.ROOT), member);
            if (same != null) {
                Article other = same == article ? member : same;
                throw new ProblemException.Conflict(
                        "The translation group already has an article in " + other.language + ": '" + other.slug + "' ("
                                + other.id + ").",
                        List.of(new FieldError("translationOf", "Its group already has an article in this language")));
            }
        }
        original.translationGroup = group;
        members.values().forEach(member -> member.translationGroup = group);
        article.translationGroup = group;
    }
}
