package com.newsdesk.article;

import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Turns the slugs of list filters into ids, all in one statement (a filtered list then costs
 * three); naming something that does not exist is a 400 at that parameter.
 */
@ApplicationScoped
public class ArticleFilters {

    private final EntityManager db;

    ArticleFilters(EntityManager db) {
        this.db = db;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleFilter of(String section, String tag, String author, String language) {
        String sectionSlug = blankToNull(section);
        String tagSlug = blankToNull(tag);
        String authorSlug = blankToNull(author);
        UUID sectionId = null;
        UUID tagId = null;
        UUID authorId = null;
        if (sectionSlug != null || tagSlug != null || authorSlug != null) {
            Object[] ids = (Object[]) db.createNativeQuery("SELECT (SELECT id FROM section WHERE slug = :section),"
                            + " (SELECT id FROM tag WHERE slug = :tag), (SELECT id FROM author WHERE slug = :author)")
                    // "" matches no slug: a filter not given looks nothing up
                    .setParameter("section", sectionSlug == null ? "" : sectionSlug)
                    .setParameter("tag", tagSlug == null ? "" : tagSlug)
                    .setParameter("author", authorSlug == null ? "" : authorSlug)
                    .getSingleResult();
            sectionId = required(sectionSlug, (UUID) ids[0], "section");
            tagId = required(tagSlug, (UUID) ids[1], "tag");
            authorId = required(authorSlug, (UUID) ids[2], "author");
        }
        return new ArticleFilter(sectionId, tagId, authorId, IsoLanguage.Check.parameter(language, "language"));
    }

    /** A language= parameter: null when not given, 400 when not a BCP 47 tag of an ISO 639 language. */
    public static String language(String raw) {
        return IsoLanguage.Check.parameter(raw, "language");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID required(String slug, UUID id, String field) {
        if (slug != null && id == null) {
            throw new ProblemException.InvalidInput(field, "There is no " + field + " '" + slug + "'");
        }
        return slug == null ? null : id;
    }

    /** The status= filter of the staff list. */
    static ArticleStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.of(raw);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("status", e.getMessage());
        }
    }
}
