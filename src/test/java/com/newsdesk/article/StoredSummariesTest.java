package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.common.db.StatementCounter;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed puts kept summaries together (article_summary_answer): one statement once they are
 * kept, the same items as a list built from scratch, and never a summary that no longer holds.
 */
@QuarkusTest
class StoredSummariesTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;
    private String photo;
    private String leadId;

    @BeforeEach
    void threeArticles() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        photo = ArticleFixtures.photo(editor, "A substation at night");
        for (String headline : List.of("Power plants prepare", "Trams run late")) {
            ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, headline))
                    .then()
                    .statusCode(200);
        }
        leadId = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Grid holds\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                                + " \"tags\": [\"energy\"], \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Grid words.\"}]}")
                        .formatted(photo));
        ArticleFixtures.publish(editor, leadId).then().statusCode(200);
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + editor);
    }

    private void patch(String path, String json) {
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType(ContentType.JSON)
                .body(json)
                .patch(path)
                .then()
                .statusCode(200);
    }

    @Test
    void aPageOfKeptSummariesCostsOneStatementAndShowsWhatAFreshListShows() {
        StatementCounter.reset();
        byte[] first =
                given().get("/api/v1/feed").then().statusCode(200).extract().asByteArray();
        assertEquals(3, StatementCounter.count(), "page, build the missing, keep them");
        StatementCounter.reset();
        var second = given().get("/api/v1/feed").then().statusCode(200).extract();
        assertEquals(1, StatementCounter.count());
        // The head cursor moves with the clock (it stays a margin behind now); the items do not.
        assertEquals(
                new String(first, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"headCursor\":\"[^\"]*\"", ""),
                second.asString().replaceAll("\"headCursor\":\"[^\"]*\"", ""));

        List<Map<String, Object>> fresh = given().get("/api/v1/articles").path("data");
        assertEquals(fresh, second.path("data"));
        assertEquals(3, fresh.size());
        assertEquals("Grid holds", second.path("data[0].headline"));
        assertEquals("A substation at night", second.path("data[0].leadImage.alt"));
        // Surrogate keys of every item, as a list built from views has them.
        assertEquals(given().get("/api/v1/articles").header("Surrogate-Key"), second.header("Surrogate-Key"));
    }

    @Test
    void pagesFollowOneAnotherFromKeptSummaries() {
        given().get("/api/v1/feed").then().statusCode(200);
        var page1 = given().get("/api/v1/feed?limit=2").then().statusCode(200).extract();
        assertEquals(List.of("Grid holds", "Trams run late"), page1.path("data.headline"));
        String cursor = page1.path("meta.nextCursor");
        given().get("/api/v1/feed?limit=2&cursor=" + cursor)
                .then()
                .statusCode(200)
                .body("data.headline", equalTo(List.of("Power plants prepare")))
                .body("meta.nextCursor", equalTo(null));
    }

    @Test
    void whatASummaryShowsChangesAtOnce() {
        given().get("/api/v1/feed").then().statusCode(200);
        given().get("/api/v1/feed").then().body("data[0].authors[0].name", equalTo("Olena Petrenko"));

        String author = asEditor().get("/api/v1/admin/authors").path("data.find { it.slug == 'olena-petrenko' }.id");
        patch("/api/v1/admin/authors/" + author, "{\"name\": \"Olena P.\"}");
        given().get("/api/v1/feed")
                .then()
                .body("data.collect { it.authors[0].name }", equalTo(List.of("Olena P.", "Olena P.", "Olena P.")));

        String tag = asEditor().get("/api/v1/admin/tags").path("data.find { it.slug == 'energy' }.id");
        patch("/api/v1/admin/tags/" + tag, "{\"name\": \"Power\"}");
        given().get("/api/v1/feed").then().body("data[0].tags[0].name", equalTo("Power"));

        String section = asEditor().get("/api/v1/admin/sections").path("data.find { it.slug == 'news' }.id");
        patch("/api/v1/admin/sections/" + section, "{\"name\": \"Latest\"}");
        given().get("/api/v1/feed").then().body("data[2].section.name", equalTo("Latest"));

        patch("/api/v1/admin/media/" + photo, "{\"alt\": \"Engineers on a night shift\"}");
        given().get("/api/v1/feed").then().body("data[0].leadImage.alt", equalTo("Engineers on a night shift"));

        patch("/api/v1/admin/articles/" + leadId, "{\"headline\": \"Grid holds firm\"}");
        given().get("/api/v1/feed").then().body("data[0].headline", equalTo("Grid holds firm"));

        asEditor()
                .post("/api/v1/admin/articles/" + leadId + "/unpublish")
                .then()
                .statusCode(200);
        given().get("/api/v1/feed")
                .then()
                .body("data", hasSize(2))
                .body("data.headline", equalTo(List.of("Trams run late", "Power plants prepare")));
    }
}
