package com.newsdesk.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Sitemaps read with a namespace-aware XML parser, as a search engine reads them. Tests page by three URLs. */
@QuarkusTest
class SitemapTest {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String SITE = "http://localhost:8080/articles/";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    static Element xml(String path) {
        byte[] body = given().get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/xml"))
                .extract()
                .asByteArray();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError(path + " is not well-formed XML: " + new String(body), e);
        }
    }

    private static List<String> texts(Element root, String namespace, String name) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private String published(String headline) {
        String id = ArticleFixtures.draft(editor, headline);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    private void firstPublished(String id, Instant at) {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery(
                                "UPDATE article SET first_published_at = ?1, published_at = ?1 WHERE id = ?2")
                        .setParameter(1, at)
                        .setParameter(2, UUID.fromString(id))
                        .executeUpdate());
    }

    @Test
    void theNewsSitemapHoldsWhatWasFirstPublishedInTwoDays() {
        published("Grid holds");
        String old = published("Old story");
        firstPublished(old, Instant.now().minus(Duration.ofHours(49)));
        String killed = published("Withdrawn story");
        given().auth()
                .oauth2(editor)
                .post("/api/v1/admin/articles/" + killed + "/kill")
                .then()
                .statusCode(200);
        ArticleFixtures.draft(editor, "Still a draft");
        String uk = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Депо відкрили\", \"language\": \"uk\", \"section\": \"news\","
                        + " \"authors\": [\"taras-melnyk\"], \"body\": [{\"type\": \"paragraph\", \"text\": \"Так.\"}]}");
        ArticleFixtures.publish(editor, uk).then().statusCode(200);

        Element root = xml("/api/v1/sitemaps/news.xml");
        assertEquals(SITEMAP, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        assertEquals(List.of(SITE + "depo-vidkryly", SITE + "grid-holds"), texts(root, SITEMAP, "loc"));
        assertEquals(List.of("Депо відкрили", "Grid holds"), texts(root, NEWS, "title"));
        assertEquals(List.of("Newsdesk", "Newsdesk"), texts(root, NEWS, "name"));
        assertEquals(List.of("uk", "en"), texts(root, NEWS, "language"));
        for (String date : texts(root, NEWS, "publication_date")) {
            OffsetDateTime parsed = OffsetDateTime.parse(date);
            assertTrue(parsed.toInstant().isAfter(Instant.now().minus(Duration.ofHours(1))), date);
        }
        assertEquals(2, root.getElementsByTagNameNS(NEWS, "publication").getLength());
    }

    @Test
    void theNewsSitemapStopsAtOneThousand() {
        String template = published("Grid holds");
        // 1,005 copies of a public article, first published an hour ago: more than one sitemap may hold.
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> columns = db.createNativeQuery("SELECT column_name FROM information_schema.columns"
                            + " WHERE table_name = 'article' AND is_generated = 'NEVER' AND column_name <> 'search'")
                    .getResultList();
            String copied = String.join(", ", columns);
            String values = columns.stream()
                    .map(column -> switch (column) {
                        case "id" -> "gen_random_uuid()";
                        case "slug" -> "'copy-' || g";
                        case "translation_group", "translation_of" -> "NULL";
                        case "first_published_at", "published_at" -> "now() - interval '1 hour'";
                        default -> "a." + column;
                    })
                    .collect(java.util.stream.Collectors.joining(", "));
            db.createNativeQuery("INSERT INTO article (" + copied + ") SELECT " + values
                            + " FROM article a, generate_series(1, 1005) g WHERE a.id = ?1")
                    .setParameter(1, UUID.fromString(template))
                    .executeUpdate();
        });
        Element root = xml("/api/v1/sitemaps/news.xml");
        List<String> locs = texts(root, SITEMAP, "loc");
        assertEquals(1000, locs.size());
        assertEquals(SITE + "grid-holds", locs.get(0), "newest first");
        assertEquals(1000, new HashSet<>(locs).size());
    }

    @Test
    void theArchiveIsPagedByAStableKeyUnderAnIndex() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(published("Story " + i));
        }
        String killed = published("Withdrawn story");
        given().auth()
                .oauth2(editor)
                .post("/api/v1/admin/articles/" + killed + "/kill")
                .then()
                .statusCode(200);
        ArticleFixtures.draft(editor, "Still a draft");

        Element index = xml("/api/v1/sitemaps/index.xml");
        assertEquals("sitemapindex", index.getLocalName());
        assertEquals(SITEMAP, index.getNamespaceURI());
        List<String> pages = texts(index, SITEMAP, "loc");
        assertEquals(3, pages.size(), pages.toString()); // 7 public articles, 3 a page
        assertEquals("http://localhost:8080/api/v1/sitemaps/articles.xml", pages.get(0));
        assertEquals("http://localhost:8080/api/v1/sitemaps/articles.xml?after=" + ids.get(2), pages.get(1));
        assertEquals("http://localhost:8080/api/v1/sitemaps/articles.xml?after=" + ids.get(5), pages.get(2));

        List<String> listed = new ArrayList<>();
        for (String page : pages) {
            URI uri = URI.create(page);
            Element urlset = xml(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            assertEquals("urlset", urlset.getLocalName());
            List<String> locs = texts(urlset, SITEMAP, "loc");
            assertTrue(locs.size() <= 3, locs.toString());
            listed.addAll(locs);
            for (String lastmod : texts(urlset, SITEMAP, "lastmod")) {
                OffsetDateTime.parse(lastmod);
            }
            assertEquals(locs.size(), texts(urlset, SITEMAP, "lastmod").size());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            expected.add(SITE + "story-" + i);
        }
        assertEquals(expected, listed, "every public article once, in the order they were created");

        given().auth()
                .oauth2(editor)
                .post("/api/v1/admin/articles/" + ids.get(6) + "/kill")
                .then()
                .statusCode(200);
        assertEquals(2, texts(xml("/api/v1/sitemaps/index.xml"), SITEMAP, "loc").size(), "six fill two pages exactly");
        assertFalse(texts(xml("/api/v1/sitemaps/articles.xml?after=" + ids.get(2)), SITEMAP, "loc")
                .contains(SITE + "story-7"));
    }

    @Test
    void aBadKeyIs400() {
        for (String bad : List.of("abc", "1", "019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c1g", "../etc", "x".repeat(36))) {
            given().queryParam("after", bad)
                    .get("/api/v1/sitemaps/articles.xml")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("after"));
        }
    }
}
