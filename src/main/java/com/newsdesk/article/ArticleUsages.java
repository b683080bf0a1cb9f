package com.newsdesk.article;

import com.newsdesk.common.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Articles use media items, authors, tags and sections: none of those can go while they do. */
@ApplicationScoped
public class ArticleUsages {

    private final ArticleRepository articles;
    private final EntityManager db;

    ArticleUsages(ArticleRepository articles, EntityManager db) {
        this.articles = articles;
        this.db = db;
    }

    private record Counted(String of, String users, java.util.function.ToLongFunction<UUID> counter) implements Usage {
        @Override
        public long count(UUID id) {
            return counter.applyAsLong(id);
        }
    }

    @Produces
    @Singleton
    Usage media() {
        return new Counted(
                "media",
                "articles",
                id -> articles.countUsing("leadImageId", id)
                        + articles.countUsing("audioId", id)
                        + ((Number) db.createNativeQuery(
                                                "SELECT count(*) FROM article WHERE body @> jsonb_build_array(jsonb_build_object('type', 'image', 'mediaId', ?1))")
                                        .setParameter(1, id.toString())
                                        .getSingleResult())
                                .longValue());
    }

    @Produces
    @Singleton
    Usage authors() {
        return new Counted("author", "articles", articles::countWithAuthor);
    }

    @Produces
    @Singleton
    Usage tags() {
        return new Counted("tag", "articles", articles::countWithTag);
    }

    @Produces
    @Singleton
    Usage sections() {
        return new Counted("section", "articles", id -> articles.countUsing("sectionId", id));
    }
}
