package com.newsdesk.article;

import java.util.UUID;

/**
 * What a public list of articles narrows to; null means any. Other features build one to ask
 * {@link ArticleQueries} for a page, so it lives apart from the repository that runs it.
 */
public record ArticleFilter(UUID sectionId, UUID tagId, UUID authorId, String language) {

    /** Every public article. */
    public static final ArticleFilter ANY = new ArticleFilter(null, null, null, null);

    /**
     * The condition every public list starts from, for native SQL: the article behind {@code alias}
     * is public at {@code :now}. The JPQL form is {@code ArticleRepository.PUBLIC}.
     */
    public static String publicSql(String alias) {
        return alias + ".status IN ('published', 'scheduled') AND " + alias + ".published_at <= :now";
    }
}
