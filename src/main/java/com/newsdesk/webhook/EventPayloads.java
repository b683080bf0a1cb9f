package com.newsdesk.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.article.ArticleQueries;
import com.newsdesk.author.AuthorService;
import com.newsdesk.collection.CollectionService;
import com.newsdesk.common.http.RawBody;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.media.MediaService;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code data} of an event: the public view of what changed, as readers get it from the
 * public API, or its id and slug when it is gone or not public (a removal, a scheduled article,
 * which must not show its text before its time).
 */
@ApplicationScoped
class EventPayloads {

    private final ArticleQueries articles;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final MediaService media;
    private final CollectionService collections;
    private final ObjectMapper json;

    EventPayloads(
            ArticleQueries articles,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            MediaService media,
            CollectionService collections,
            ObjectMapper json) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.media = media;
        this.collections = collections;
        this.json = json;
    }

    /** The data of an event, as JSON text. */
    String data(String type, UUID subjectId, String slug) {
        Object view = QuarkusTransaction.requiringNew()
                .call(() -> publicView(type, subjectId, slug))
                .orElse(null);
        try {
            if (view == null) {
                ObjectNode reference = json.createObjectNode().put("id", subjectId.toString());
                return json.writeValueAsString(slug == null ? reference : reference.put("slug", slug));
            }
            return view instanceof RawBody raw
                    ? new String(raw.bytes(), StandardCharsets.UTF_8)
                    : json.writeValueAsString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Object> publicView(String type, UUID id, String slug) {
        if (type.endsWith(".deleted")
                || type.equals("article.unpublished")
                || type.equals("article.scheduled")
                || type.equals("article.killed")) {
            return Optional.empty();
        }
        try {
            return switch (type.substring(0, type.indexOf('.'))) {
                case "article" -> articles.publicById(id);
                case "section" -> Optional.of(sections.getBySlug(slug));
                case "tag" -> Optional.of(tags.getBySlug(slug));
                case "author" -> Optional.of(authors.getBySlug(slug));
                case "media" -> Optional.of(media.get(id));
                case "collection" -> Optional.of(collections.view(slug));
                default -> Optional.empty();
            };
        } catch (ProblemException.NotFound gone) {
            return Optional.empty(); // changed again since, and no longer public
        }
    }
}
