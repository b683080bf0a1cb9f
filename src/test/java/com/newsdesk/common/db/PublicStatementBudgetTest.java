package com.newsdesk.common.db;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every public read costs at most three SQL statements that read or write rows (SET and
 * transaction control aside), with content that uses everything an answer can show: bylines with
 * author profiles and avatars, tags, section, lead image, audio, body images, related cards,
 * collections with picks. A regression fails the build with the operation and its count.
 */
@QuarkusTest
class PublicStatementBudgetTest {

    private static final int BUDGET = 3;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;
    private String articleId;
    private String photo;

    @BeforeEach
    void aNewsroomUsingEverything() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        ArticleFixtures.basics(editor);
        photo = ArticleFixtures.photo(editor, "A substation at night");
        String audio = ArticleFixtures.post(
                editor,
                "/api/v1/admin/media",
                "{\"kind\": \"audio\", \"url\": \"https://cdn.newsroom.example/grid.mp3\", \"mimeType\": \"audio/mpeg\","
                        + " \"durationSeconds\": 71}");
        String author = as(editor).get("/api/v1/admin/authors").path("data.find { it.slug == 'olena-petrenko' }.id");
        as(editor)
                .header(
                        "If-Match",
                        as(editor).get("/api/v1/admin/authors/" + author).header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"avatar\": \"" + photo + "\"}")
                .patch("/api/v1/admin/authors/" + author);
        String first = ArticleFixtures.draft(editor, "Power plants prepare");
        ArticleFixtures.publish(editor, first).then().statusCode(200);
        articleId = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Grid holds\", \"live\": true, \"authors\": [\"olena-petrenko\", \"taras-melnyk\"], \"section\": \"news\","
                                + " \"tags\": [\"energy\", \"winter\"], \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"audio\": {\"mediaId\": \"%s\", \"aiAssisted\": true},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Grid words.\"},"
                                + " {\"type\": \"related\", \"article\": \"power-plants-prepare\"},"
                                + " {\"type\": \"image\", \"mediaId\": \"%s\"}]}")
                        .formatted(photo, audio, photo));
        ArticleFixtures.publish(editor, articleId).then().statusCode(200);
        for (String entry : List.of(
                "{\"headline\": \"Power is back\", \"keyEvent\": true, \"pinned\": true, \"authors\": [\"olena-petrenko\"]}",
                "{\"body\": [{\"type\": \"paragraph\", \"text\": \"Crews work on.\"}], \"mediaId\": \"" + photo
                        + "\"}")) {
            ArticleFixtures.post(editor, "/api/v1/admin/articles/" + articleId + "/entries", entry);
        }
        for (String collection : List.of("editors-picks", "more-news")) {
            String id = as(editor)
                    .get("/api/v1/admin/collections")
                    .path("data.find { it.slug == '" + collection + "' }.id");
            String path = "/api/v1/admin/collections/" + id;
            as(editor)
                    .header("If-Match", as(editor).get(path).header("ETag"))
                    .contentType(ContentType.JSON)
                    .body("{\"items\": [{\"article\": \"grid-holds\"}, {\"article\": \"power-plants-prepare\"}]}")
                    .put(path + "/items")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"morning\", \"name\": \"Morning\", \"cadence\": \"daily\", \"description\": \"D.\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static long statements(String path) {
        StatementCounter.reset();
        int status = given().redirects().follow(false).get(path).statusCode();
        assertTrue(status < 400, path + " answered " + status);
        return StatementCounter.count();
    }

    @Test
    void everyPublicReadCostsAtMostThreeStatements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/v1/articles/grid-holds",
                "/api/v1/articles/grid-holds?include=authors,audio&formats=blocks,html,text",
                "/api/v1/articles/by-id/" + articleId + "?include=authors,audio",
                "/api/v1/articles/grid-holds/related",
                "/api/v1/articles/grid-holds/ninjs",
                "/api/v1/articles/grid-holds/jsonld",
                "/api/v1/articles/grid-holds/entries",
                "/api/v1/articles/grid-holds/entries?since=0-00000000-0000-0000-0000-000000000000",
                "/api/v1/articles",
                "/api/v1/articles?section=news&tag=energy&author=olena-petrenko",
                "/api/v1/feed",
                "/api/v1/front-page",
                "/api/v1/collections/editors-picks",
                "/api/v1/search?q=grid",
                "/api/v1/changes",
                "/api/v1/sections",
                "/api/v1/sections/news",
                "/api/v1/sections/news/articles",
                "/api/v1/sections/news/feed.rss",
                "/api/v1/tags",
                "/api/v1/tags/energy",
                "/api/v1/tags/energy/articles",
                "/api/v1/tags/energy/feed.atom",
                "/api/v1/authors",
                "/api/v1/authors/olena-petrenko",
                "/api/v1/authors/olena-petrenko/articles",
                "/api/v1/authors/olena-petrenko/feed.json",
                "/api/v1/media/" + photo,
                "/api/v1/newsletters",
                "/api/v1/newsletters/morning",
                "/api/v1/feed.rss",
                "/api/v1/sitemaps/news.xml",
                "/api/v1/sitemaps/index.xml",
                "/api/v1/sitemaps/articles.xml",
                "/api/v1/sitemaps/articles.xml?after=" + articleId,
                "/api/v1/feed.atom",
                "/api/v1/feed.json")) {
            counts.put(path, statements(path));
        }
        List<String> over = new ArrayList<>();
        counts.forEach((path, count) -> {
            if (count > BUDGET || count == 0) {
                over.add(path + ": " + count);
            }
        });
        assertEquals(List.of(), over, "statements per public read: " + counts);
    }

    @Test
    void aReadersArticleAndTheFeedCostOneStatement() {
        // The article, its references and body in one statement (ArticleRefs.single); a page of
        // articles with their references in one (ArticleRefs.list). A reader's article in its
        // default representation is kept by the first reader (three statements: look up, build,
        // keep) and then served by one (ArticleAnswers); so is a page of the feed (SummaryAnswers).
        given().get("/api/v1/articles/grid-holds").then().statusCode(200);
        given().get("/api/v1/feed").then().statusCode(200); // keeps the summaries (SummaryAnswers)
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/v1/articles/grid-holds",
                "/api/v1/articles/grid-holds?include=authors,audio&formats=blocks,html,text",
                "/api/v1/articles/by-id/" + articleId,
                "/api/v1/articles",
                "/api/v1/articles?limit=1&cursor="
                        + given().get("/api/v1/articles?limit=1").path("meta.nextCursor"),
                "/api/v1/feed")) {
            counts.put(path, statements(path));
        }
        counts.values().removeIf(count -> count == 1);
        assertEquals(Map.of(), counts, "reads that took more than one statement");
    }

    @Test
    void aLivePollCostsOneStatement() {
        String since = given().get("/api/v1/articles/grid-holds/entries").path("meta.since");
        assertEquals(1, statements("/api/v1/articles/grid-holds/entries?since=" + since), "an unchanged poll");
        String cursor =
                given().get("/api/v1/articles/grid-holds/entries?limit=1").path("meta.nextCursor");
        assertEquals(1, statements("/api/v1/articles/grid-holds/entries?limit=1&cursor=" + cursor), "an older page");
    }

    @Test
    void anOldSlugCostsOneMore() {
        String etag = ArticleFixtures.etag(editor, articleId);
        as(editor)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"grid-holds-firm\"}")
                .patch("/api/v1/admin/articles/" + articleId)
                .then()
                .statusCode(200);
        long moved = statements("/api/v1/articles/grid-holds");
        assertTrue(moved <= BUDGET + 1, "301 for an old slug: " + moved);
    }
}
