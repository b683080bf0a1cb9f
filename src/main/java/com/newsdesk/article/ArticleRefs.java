package com.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.author.SocialLink;
import com.newsdesk.media.MediaKind;
import com.newsdesk.media.MediaView;
import com.newsdesk.section.SectionView;
import com.newsdesk.tag.TagViews.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a set of articles shows of other features' things (bylines and author profiles with
 * avatars, tags, sections, lead images, audio, body images, related cards), read in one SQL
 * statement, whatever the number of articles: with the query for the articles themselves, a
 * public read costs two. This is a read model over the other features' tables, on purpose: their
 * services would cost a statement each. It reads, never writes, and maps into their public views.
 */
@ApplicationScoped
class ArticleRefs {

    private static final String QUERY = """
            WITH page AS (SELECT id, section_id, lead_image_id, audio_id, excerpt, body FROM article WHERE id IN (:ids)),
            body_blocks AS (
                SELECT b FROM page, jsonb_array_elements(page.body) AS b WHERE :bodies),
            media_ids AS (
                SELECT lead_image_id AS id FROM page
                UNION SELECT audio_id FROM page
                UNION SELECT CAST(b ->> 'mediaId' AS uuid) FROM body_blocks WHERE b ->> 'type' = 'image'
                UNION SELECT au.avatar_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                    WHERE aa.article_id IN (SELECT id FROM page))
            SELECT kind, owner, pos, CAST(doc AS text) FROM (
            SELECT 'author' AS kind, aa.article_id AS owner, aa.position AS pos, jsonb_build_object('id', au.id, 'slug', au.slug,
                    'name', au.name, 'bio', au.bio, 'title', au.title, 'avatarId', au.avatar_id,
                    'socialLinks', au.social_links) AS doc
                FROM article_author aa JOIN author au ON au.id = aa.author_id WHERE aa.article_id IN (SELECT id FROM page)
            UNION ALL
            SELECT 'tag', tg.article_id, tg.position, jsonb_build_object('id', t.id, 'slug', t.slug, 'name', t.name,
                    'description', t.description)
                FROM article_tag tg JOIN tag t ON t.id = tg.tag_id WHERE tg.article_id IN (SELECT id FROM page)
            UNION ALL
            SELECT 'section', NULL, 0, jsonb_build_object('id', s.id, 'slug', s.slug, 'name', s.name,
                    'description', s.description)
                FROM section s WHERE s.id IN (SELECT section_id FROM page)
            UNION ALL
            SELECT 'media', NULL, 0, jsonb_build_object('id', m.id, 'kind', m.kind, 'url', m.url,
                    'mimeType', m.mime_type, 'width', m.width, 'height', m.height,
                    'durationSeconds', m.duration_seconds, 'alt', m.alt, 'caption', m.caption, 'credit', m.credit,
                    'source', m.source)
                FROM media m WHERE m.id IN (SELECT id FROM media_ids)
            UNION ALL
            SELECT 'related', NULL, 0, jsonb_build_object('id', r.id, 'slug', r.slug, 'headline', r.headline,
                    'excerpt', r.excerpt, 'body', CASE WHEN r.excerpt IS NULL THEN r.body END,
                    'publishedAt', r.published_at)
                FROM article r
                WHERE r.id IN (SELECT CAST(b ->> 'article' AS uuid) FROM body_blocks WHERE b ->> 'type' = 'related')
                    AND %s
            UNION ALL
            SELECT 'lede', p.id, 0, jsonb_build_object('id', p.id, 'text', (SELECT e.b ->> 'text'
                    FROM jsonb_array_elements(p.body) WITH ORDINALITY AS e(b, n)
                    WHERE e.b ->> 'type' = 'paragraph' AND e.b ->> 'text' ~ '\\S' ORDER BY e.n LIMIT 1))
                FROM page p WHERE NOT :bodies AND p.excerpt IS NULL
            UNION ALL
            SELECT 'body', p.id, 0, p.body FROM page p WHERE :bodies
            ) AS refs
            """.formatted(ArticleFilter.publicSql("r"));

    /** The references of a set of articles; the lists keep the editor's order. */
    record Refs(
            Map<UUID, List<UUID>> authorIds,
            Map<UUID, List<UUID>> tagIds,
            Map<UUID, AuthorView> authors,
            Map<UUID, TagView> tags,
            Map<UUID, SectionView> sections,
            Map<UUID, MediaView> media,
            Map<UUID, Article> related,
            Map<UUID, String> ledes,
            Map<UUID, List<Block>> bodies) {

        /** The first paragraph's text of an article without an excerpt of its own (lists only). */
        String ledeOf(Article article) {
            return ledes.get(article.id);
        }

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

    private static final TypeReference<List<SocialLink>> SOCIAL_LINKS = new TypeReference<>() {};
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

    private final EntityManager db;
    private final ObjectMapper json;
    private final Clock clock;

    ArticleRefs(EntityManager db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** One statement; {@code withBodies} adds body images and related cards. */
    Refs of(Collection<Article> articles, boolean withBodies) {
        Map<UUID, List<UUID>> authorIds = new HashMap<>();
        Map<UUID, List<UUID>> tagIds = new HashMap<>();
        Map<UUID, JsonNode> authorRows = new HashMap<>();
        Map<UUID, TagView> tags = new HashMap<>();
        Map<UUID, SectionView> sections = new HashMap<>();
        Map<UUID, MediaView> media = new HashMap<>();
        Map<UUID, Article> related = new HashMap<>();
        Map<UUID, String> ledes = new HashMap<>();
        Map<UUID, List<Block>> bodies = new HashMap<>();
        if (articles.isEmpty()) {
            return new Refs(authorIds, tagIds, Map.of(), tags, sections, media, related, ledes, bodies);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(QUERY)
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .setParameter("bodies", withBodies)
                .setParameter("now", clock.instant())
                .getResultList();
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
                case "lede" -> ledes.put(id, text(doc, "text"));
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
        return new Refs(authorIds, tagIds, authors, tags, sections, media, related, ledes, bodies);
    }

    /**
     * The bodies of several articles in one statement, for staff lists: the entities leave their
     * bodies unread (a lazy attribute), and touching each would cost a statement per article.
     */
    Map<UUID, List<Block>> bodies(Collection<Article> articles) {
        Map<UUID, List<Block>> bodies = new HashMap<>();
        if (articles.isEmpty()) {
            return bodies;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT id, CAST(body AS text) FROM article WHERE id IN (:ids)")
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .getResultList();
        for (Object[] row : rows) {
            bodies.put((UUID) row[0], json.convertValue(parse(row[1]), BLOCKS));
        }
        return bodies;
    }

    private List<Block> blocks(Object value) {
        try {
            return json.readValue(value.toString(), BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable article body", e);
        }
    }

    private JsonNode parse(Object value) {
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

    private static Integer number(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static MediaView media(JsonNode doc) {
        return new MediaView(
                text(doc, "id"),
                MediaKind.of(text(doc, "kind")),
                text(doc, "url"),
                text(doc, "mimeType"),
                number(doc, "width"),
                number(doc, "height"),
                number(doc, "durationSeconds"),
                text(doc, "alt"),
                text(doc, "caption"),
                text(doc, "credit"),
                text(doc, "source"));
    }

    /** A related article as far as its card needs it: detached, never written. */
    private Article card(UUID id, JsonNode doc) {
        Article article = new Article();
        article.id = id;
        article.slug = text(doc, "slug");
        article.headline = text(doc, "headline");
        article.excerpt = text(doc, "excerpt");
        JsonNode body = doc.get("body");
        article.body = body == null || body.isNull() ? List.of() : json.convertValue(body, BLOCKS);
        article.publishedAt = OffsetDateTime.parse(text(doc, "publishedAt")).toInstant();
        return article;
    }
}
