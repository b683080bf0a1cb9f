package com.newsdesk.article;

import com.newsdesk.tag.TagRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Keeps the tag names in articles' search documents current when a tag is renamed. */
@ApplicationScoped
public class SearchTagNames {

    private final EntityManager db;

    SearchTagNames(EntityManager db) {
        this.db = db;
    }

    void onRename(@Observes TagRenamed event) {
        db.createNativeQuery(
                        "UPDATE article a SET tag_names = coalesce((SELECT string_agg(t.name, ' ' ORDER BY at.position)"
                                + " FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id), '')"
                                + " WHERE a.id IN (SELECT article_id FROM article_tag WHERE tag_id = ?1)")
                .setParameter(1, event.tagId())
                .executeUpdate();
    }
}
