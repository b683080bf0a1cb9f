package com.newsdesk.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollectionTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;

    @BeforeEach
    @Transactional
    void emptyCollections() {
        db.createNativeQuery("DELETE FROM collection WHERE slug NOT IN ('editors-picks', 'more-news')")
                .executeUpdate();
        db.createNativeQuery("UPDATE collection SET items = '[]'").executeUpdate();
    }

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + editor);
    }

    private String published(String headline) {
        String id = ArticleFixtures.draft(editor, headline);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    private String idOf(String slug) {
        return asEditor()
                .get("/api/v1/admin/collections")
                .then()
                .statusCode(200)
                .extract()
                .path("data.find { it.slug == '" + slug + "' }.id");
    }

    private void setItems(String collectionId, String items) {
        String path = "/api/v1/admin/collections/" + collectionId;
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"items\": " + items + "}")
                .put(path + "/items")
                .then()
                .statusCode(200);
    }

    @Test
    void readersSeePublishedPicksInTheEditorsOrderInsideTheirWindow() {
        published("First pick");
        published("Second pick");
        ArticleFixtures.draft(editor, "A draft");
        published("Expired pick");
        published("Future pick");
        setItems(
                idOf("editors-picks"),
                ("[{\"article\": \"second-pick\"}, {\"article\": \"a-draft\"},"
                                + " {\"article\": \"expired-pick\", \"showUntil\": \"%s\"}, {\"article\": \"future-pick\", \"showFrom\": \"%s\"},"
                                + " {\"article\": \"first-pick\"}]")
                        .formatted(Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600)));
        given().get("/api/v1/collections/editors-picks")
                .then()
                .statusCode(200)
                .body("name", equalTo("Editors' Picks"))
                .body("articles.slug", contains("second-pick", "first-pick"));
        given().get("/api/v1/front-page")
                .then()
                .statusCode(200)
                .body("editorsPicks.slug", contains("second-pick", "first-pick"))
                .body("moreNews", hasSize(0))
                .body("feed.data", hasSize(4))
                .body("feed.meta.headCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void itemsNeedIfMatchAndRealArticles() {
        String path = "/api/v1/admin/collections/" + idOf("more-news");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"items\": []}")
                .put(path + "/items")
                .then()
                .statusCode(428);
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"items\": [{\"article\": \"no-such-story\"}]}")
                .put(path + "/items")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[0].article"));
    }

    @Test
    void aPatchRenamesButLeavesTheSlugAndItems() {
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/collections",
                "{\"slug\": \"weekend-reads\", \"name\": \"Weekend reads\", \"description\": \"Long ones.\"}");
        setItems(id, "[{\"article\": \"" + published("Long read") + "\"}]");
        String path = "/api/v1/admin/collections/" + id;
        patch(path, "{\"name\": \"Weekend long reads\", \"description\": null, \"slug\": \"other\", \"items\": []}")
                .statusCode(200)
                .body("name", equalTo("Weekend long reads"))
                .body("description", equalTo(null))
                .body("slug", equalTo("weekend-reads"))
                .body("items", hasSize(1));
        patch(path, "{\"name\": null}").statusCode(400).body("errors[0].field", equalTo("name"));
        patch(path, "{\"name\": \"  \"}").statusCode(400).body("errors[0].field", equalTo("name"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"No If-Match\"}")
                .patch(path)
                .then()
                .statusCode(428);
    }

    private io.restassured.response.ValidatableResponse patch(String path, String body) {
        return asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType("application/merge-patch+json")
                .body(body)
                .patch(path)
                .then();
    }

    @Test
    void editorsCanMakeMoreCollections() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"weekend-reads\", \"name\": \"Weekend reads\"}")
                .post("/api/v1/admin/collections")
                .then()
                .statusCode(201);
        String id = idOf("weekend-reads");
        published("Long read");
        setItems(id, "[{\"article\": \"long-read\"}]");
        given().get("/api/v1/collections/weekend-reads")
                .then()
                .statusCode(200)
                .body("articles.slug", contains("long-read"));
        given().get("/api/v1/collections/none").then().statusCode(404).contentType("application/problem+json");
    }
}
