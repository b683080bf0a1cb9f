package com.newsdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Writes the change log that delta sync reads, in the transaction of the change itself. */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager db;

    ChangeLog(EntityManager db) {
        this.db = db;
    }

    /** The article's public state changed (published, edited while public, scheduled). */
    void upsert(Article article) {
        write(article, "upsert");
    }

    /** The article stopped being public (unpublished, archived, deleted, rescheduled). */
    void tombstone(Article article) {
        write(article, "tombstone");
    }

    private void write(Article article, String kind) {
        db.createNativeQuery("INSERT INTO article_change (article_id, slug, kind) VALUES (?1, ?2, ?3)")
                .setParameter(1, article.id)
                .setParameter(2, article.slug)
                .setParameter(3, kind)
                .executeUpdate();
    }
}
