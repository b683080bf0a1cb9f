package com.newsdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Old slugs of articles that were public under them: they answer 301 to the current slug. */
@ApplicationScoped
public class SlugRedirects {

    private final EntityManager db;

    SlugRedirects(EntityManager db) {
        this.db = db;
    }

    void remember(String oldSlug, UUID articleId) {
        db.createNativeQuery("INSERT INTO article_slug_redirect (old_slug, article_id) VALUES (?1, ?2)"
                        + " ON CONFLICT (old_slug) DO UPDATE SET article_id = EXCLUDED.article_id")
                .setParameter(1, oldSlug)
                .setParameter(2, articleId)
                .executeUpdate();
    }

    /** An article taking back one of its own old slugs no longer needs the redirect. */
    void forgetOwn(String slug, UUID articleId) {
        if (articleId == null) {
            return;
        }
        db.createNativeQuery("DELETE FROM article_slug_redirect WHERE old_slug = ?1 AND article_id = ?2")
                .setParameter(1, slug)
                .setParameter(2, articleId)
                .executeUpdate();
    }

    Optional<UUID> articleFor(String oldSlug) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = db.createNativeQuery(
                        "SELECT article_id FROM article_slug_redirect WHERE old_slug = ?1", UUID.class)
                .setParameter(1, oldSlug)
                .getResultList();
        return ids.stream().findFirst();
    }
}
