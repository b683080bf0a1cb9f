package com.newsdesk.article;

import com.newsdesk.author.AuthorService;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Turns the slugs of list filters into ids; naming something that does not exist is a 400. */
@ApplicationScoped
public class ArticleFilters {

    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;

    ArticleFilters(SectionService sections, TagService tags, AuthorService authors) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    public ArticleRepository.PublicFilter of(String section, String tag, String author, String language) {
        return new ArticleRepository.PublicFilter(
                id(section, "section", sections::publicIdOf),
                id(tag, "tag", tags::publicIdOf),
                id(author, "author", authors::publicIdOf),
                language == null || language.isBlank() ? null : language);
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

    private static UUID id(String slug, String field, Function<String, UUID> lookup) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            return lookup.apply(slug);
        } catch (ProblemException.NotFound e) {
            throw new ProblemException.InvalidInput(field, "There is no " + field + " '" + slug + "'");
        }
    }
}
