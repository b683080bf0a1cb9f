package com.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.author.SocialLink;
import com.newsdesk.common.json.StoredInstants;
import com.newsdesk.media.MediaView;
import com.newsdesk.media.MediaViews;
import com.newsdesk.media.Rendition;
import com.newsdesk.section.SectionView;
import com.newsdesk.tag.TagViews.TagView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rows of {@link ArticleRefs}' statement, (kind, owner, position, JSON document), as views. */
final class ArticleRefRows {

    /** The references of a set of articles; the lists keep the editor's order. */
    record Refs(
            Map<UUID, List<UUID>> authorIds,
            Map<UUID, List<UUID>> tagIds,
            Map<UUID, AuthorView> authors,
            Map<UUID, TagView> tags,
            Map<UUID, SectionView> sections,
            Map<UUID, MediaView> media,
            Map<UUID, Article> related,
            Map<UUID, List<Block>> bodies,
            Map<UUID, List<ArticleParts.KeyEvent>> keyEvents) {

        /** The body of an article read with its references (single views only). */
        List<Block> bodyOf(Article article) {
            return bodies.getOrDefault(article.id, List.of());
        }

        List<UUID> authorsOf(Article article) {
            return authorIds.getOrDefault(article.id, List.of());
        }

        List<UUID> tagsOf(Article article) {
            return tagIds.getOrDefault(article.id, List.of());
        }
    }

    /** No references at all: for blocks that refer to nothing. */
    static final Refs EMPTY =
            new Refs(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private static final TypeReference<List<SocialLink>> SOCIAL_LINKS = new TypeReference<>() {};
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

    private static final TypeReference<List<Rendition>> RENDITIONS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final MediaViews mediaViews;

    ArticleRefRows(ObjectMapper json, MediaViews mediaViews) {
        this.json = json;
        this.mediaViews = mediaViews;
    }

    /** The references from rows of (kind, owner, position, document). */
    Refs read(List<Object[]> rows) {
        Map<UUID, List<UUID>> authorIds = new HashMap<>();
        Map<UUID, List<UUID>> tagIds = new HashMap<>();
        Map<UUID, JsonNode> authorRows = new HashMap<>();
        Map<UUID, TagView> tags = new HashMap<>();
        Map<UUID, SectionView> sections = new HashMap<>();
        Map<UUID, MediaView> media = new HashMap<>();
        Map<UUID, Article> related = new HashMap<>();
        Map<UUID, List<Block>> bodies = new HashMap<>();
        Map<UUID, List<ArticleParts.KeyEvent>> keyEvents = new HashMap<>();
        List<Object[]> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparingInt(row -> ((Number) row[2]).intValue()));
        for (Object[] row : ordered) {
            String kind = (String) row[0];
            if ("body".equals(kind)) { // straight into blocks: the bulk of the row, parsed once
                bodies.put((UUID) row[1], blocks(row[3]));
                continue;
            }
            JsonNode doc = parse(row[3]);
            UUID id = UUID.fromString(doc.get("id").asText());
            switch (kind) {
                case "author" -> {
                    authorIds
                            .computeIfAbsent((UUID) row[1], k -> new ArrayList<>())
                            .add(id);
                    authorRows.put(id, doc);
                }
                case "tag" -> {
                    tagIds.computeIfAbsent((UUID) row[1], k -> new ArrayList<>())
                            .add(id);
                    tags.put(id, new TagView(text(doc, "slug"), text(doc, "name"), text(doc, "description")));
                }
                case "section" ->
                    sections.put(
                            id,
                            new SectionView(
                                    id.toString(), text(doc, "slug"), text(doc, "name"), text(doc, "description")));
                case "media" -> media.put(id, media(doc));
                case "related" -> related.put(id, card(id, doc));
                case "keyevent" ->
                    keyEvents
                            .computeIfAbsent((UUID) row[1], k -> new ArrayList<>())
                            .add(new ArticleParts.KeyEvent(
                                    id.toString(), text(doc, "headline"), StoredInstants.parse(text(doc, "at"))));
                default -> throw new IllegalStateException("Unknown reference kind " + kind);
            }
        }
        Map<UUID, AuthorView> authors = new HashMap<>();
        authorRows.forEach((id, doc) -> {
            String avatar = text(doc, "avatarId");
            authors.put(
                    id,
                    new AuthorView(
                            text(doc, "slug"),
                            text(doc, "name"),
                            text(doc, "bio"),
                            text(doc, "title"),
                            avatar == null ? null : media.get(UUID.fromString(avatar)),
                            json.convertValue(doc.get("socialLinks"), SOCIAL_LINKS)));
        });
        return new Refs(authorIds, tagIds, authors, tags, sections, media, related, bodies, keyEvents);
    }

    List<Block> blocks(Object value) {
        try {
            return json.readValue(value.toString(), BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable article body", e);
        }
    }

    JsonNode parse(Object value) {
        try {
            return json.readTree(value.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable reference row", e);
        }
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private MediaView media(JsonNode doc) {
        JsonNode renditions = doc.get("renditions");
        return mediaViews.ofRow(
                doc, renditions == null || renditions.isNull() ? List.of() : json.convertValue(renditions, RENDITIONS));
    }

    /** A related article as far as its card needs it: detached, never written. */
    private Article card(UUID id, JsonNode doc) {
        Article article = new Article();
        article.id = id;
        article.slug = text(doc, "slug");
        article.headline = text(doc, "headline");
        article.excerpt = text(doc, "excerpt");
        article.lede = text(doc, "lede");
        article.publishedAt = StoredInstants.parse(text(doc, "publishedAt"));
        return article;
    }
}
