package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KillTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String NOTICE = "This article has been removed following a court order.";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;
    private String admin;

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        ArticleFixtures.basics(editor);
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private io.restassured.response.Response kill(String token, String id, String body) {
        RequestSpecification request = as(token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(ADMIN + id + "/kill");
    }

    /** Every public list the article could be in, as the paths of their answers. */
    private static final String[] LISTS = {
        "/api/v1/articles",
        "/api/v1/feed",
        "/api/v1/feed.rss",
        "/api/v1/feed.atom",
        "/api/v1/feed.json",
        "/api/v1/sections/news/articles",
        "/api/v1/tags/energy/articles",
        "/api/v1/authors/olena-petrenko/articles",
        "/api/v1/search?q=refinery",
        "/api/v1/collections/editors-picks",
        "/api/v1/front-page"
    };

    private static boolean listed(String path, String id) {
        return given().get(path).then().statusCode(200).extract().asString().contains(id);
    }

    @Test
    void aKilledArticleIs410EverywhereAndGoneFromEveryListInTheNextRequest() {
        String id = ArticleFixtures.draft(editor, "Refinery fire");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType("application/merge-patch+json")
                .body("{\"slug\": \"refinery-fire-contained\"}")
                .patch(ADMIN + id)
                .then()
                .statusCode(200);
        String collection = as(editor)
                .get("/api/v1/admin/collections?limit=100")
                .path("data.find { it.slug == 'editors-picks' }.id");
        as(editor)
                .header(
                        "If-Match",
                        as(editor)
                                .get("/api/v1/admin/collections/" + collection)
                                .header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"items\": [{\"article\": \"" + id + "\"}]}")
                .put("/api/v1/admin/collections/" + collection + "/items")
                .then()
                .statusCode(200);
        // Read everything once, so that whatever keeps answers keeps these.
        given().get("/api/v1/articles/refinery-fire-contained").then().statusCode(200);
        given().redirects()
                .follow(false)
                .get("/api/v1/articles/refinery-fire")
                .then()
                .statusCode(301);
        given().get("/api/v1/articles/by-id/" + id).then().statusCode(200);
        for (String list : LISTS) {
            assertTrue(listed(list, id), list + " lists the article before the kill");
        }
        String changes = ArticleFixtures.sync(null, new java.util.ArrayList<>(), new java.util.ArrayList<>());

        kill(editor, id, "{\"notice\": \"" + NOTICE + "\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("killed"))
                .body("killNotice", equalTo(NOTICE))
                .body("killedAt", notNullValue());

        for (String path : new String[] {
            "/api/v1/articles/refinery-fire-contained", "/api/v1/articles/refinery-fire", "/api/v1/articles/by-id/" + id
        }) {
            given().get(path)
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://newsdesk.dev/problems/gone"))
                    .body("detail", equalTo(NOTICE));
        }
        for (String list : LISTS) {
            assertFalse(listed(list, id), list + " still lists the killed article");
        }
        // Delta sync holds a change back while an older transaction is still open: poll, as apps do.
        Instant deadline = Instant.now().plusSeconds(10);
        java.util.List<String> tombstones = new java.util.ArrayList<>();
        String since = changes;
        while (!tombstones.contains(id)) {
            assertTrue(Instant.now().isBefore(deadline), "a tombstone in /api/v1/changes");
            since = ArticleFixtures.sync(since, new java.util.ArrayList<>(), tombstones);
        }
        assertTrue(content.events(id).contains("article.killed"), "events: " + content.events(id));
        assertFalse(content.events(id).contains("article.unpublished"), "a kill is not an unpublish");
        as(editor).get(ADMIN + id + "/revisions").then().body("data[0].action", equalTo("kill"));

        // Nothing brings it back but an admin's lift.
        ArticleFixtures.publish(editor, id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("killed"));
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + Instant.now().plusSeconds(3600) + "\"}")
                .post(ADMIN + id + "/schedule")
                .then()
                .statusCode(422);
        as(editor).post(ADMIN + id + "/unpublish").then().statusCode(422);
        as(editor).post(ADMIN + id + "/archive").then().statusCode(422);
        kill(editor, id, null).then().statusCode(422);
        as(editor).post(ADMIN + id + "/lift").then().statusCode(403);

        as(admin)
                .post(ADMIN + id + "/lift")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("killNotice", nullValue())
                .body("killedAt", nullValue());
        given().get("/api/v1/articles/refinery-fire-contained").then().statusCode(200);
        assertTrue(listed("/api/v1/feed", id), "back in the feed");
        as(admin).post(ADMIN + id + "/lift").then().statusCode(422);
    }

    @Test
    void aKilledArticleReadersNeverSawStays404() {
        String id = ArticleFixtures.draft(editor, "Unverified claim");
        kill(editor, id, null).then().statusCode(200).body("killNotice", nullValue());
        given().get("/api/v1/articles/by-id/" + id).then().statusCode(404);
        given().get("/api/v1/articles/unverified-claim").then().statusCode(404);
        assertFalse(content.events(id).contains("article.killed"), "nothing public happened");
        as(admin).post(ADMIN + id + "/lift").then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void killingNeedsAnEditorAndAShortOneLineNotice() {
        String id = ArticleFixtures.draft(editor, "Court case");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        kill(contributor, id, null).then().statusCode(403);
        given().post(ADMIN + id + "/kill").then().statusCode(401);
        given().post(ADMIN + id + "/lift").then().statusCode(401);
        kill(editor, id, "{\"notice\": \"" + "x".repeat(1001) + "\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("notice"));
        kill(editor, id, "{\"notice\": \"two\\nlines\"}").then().statusCode(400);
        kill(editor, "0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001", null).then().statusCode(404);
        given().get("/api/v1/articles/court-case").then().statusCode(200);
        kill(editor, id, "{}").then().statusCode(200);
        given().get("/api/v1/articles/court-case")
                .then()
                .statusCode(410)
                .body("detail", equalTo("This article has been withdrawn."));
    }
}
