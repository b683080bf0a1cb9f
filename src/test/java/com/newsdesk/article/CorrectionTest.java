package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String WRONG_DATE =
            "An earlier version of this article said the bridge reopens on Thursday. It reopens on Friday.";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;
    private String admin;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        ArticleFixtures.basics(editor);
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private Response note(String token, String id, String type, String text) {
        return as(token)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"" + type + "\", \"text\": \"" + text + "\"}")
                .post(ADMIN + id + "/corrections");
    }

    @Test
    void aCorrectionAppearsInTheArticleItsFeedItemsAndChanges() throws Exception {
        String id = ArticleFixtures.draft(editor, "Bridge reopens");
        note(editor, id, "correction", WRONG_DATE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("never public"));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        Response before = given().get("/api/v1/articles/bridge-reopens");
        before.then().statusCode(200).body("corrections", hasSize(0));
        Thread.sleep(5); // so that a moved updatedAt is visible at the database's precision

        note(editor, id, "correction", WRONG_DATE)
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("type", equalTo("correction"))
                .body("text", equalTo(WRONG_DATE))
                .body("removedAt", nullValue())
                .body("at", notNullValue());
        note(editor, id, "update", "The city confirmed the date on Wednesday evening.")
                .then()
                .statusCode(201);

        Response after = given().get("/api/v1/articles/bridge-reopens");
        after.then()
                .statusCode(200)
                .body("corrections.type", contains("correction", "update"))
                .body("corrections[0].text", equalTo(WRONG_DATE))
                .body("corrections[0].removedAt", nullValue())
                .body("corrections[0].staffId", nullValue());
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(
                Instant.parse(after.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                "a correction moves the public updatedAt");
        given().header("If-None-Match", before.header("ETag"))
                .get("/api/v1/articles/bridge-reopens")
                .then()
                .statusCode(200);

        XmlPath rss = new XmlPath(
                given().get("/api/v1/feed.rss").then().statusCode(200).extract().asString());
        String description = rss.getString("rss.channel.item[0].description");
        assertTrue(description.contains("Correction, "), description);
        assertTrue(description.contains("It reopens on Friday."), description);
        assertTrue(description.indexOf("Correction") < description.indexOf("Update"), "oldest first");
        XmlPath atom = new XmlPath(given().get("/api/v1/feed.atom")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(atom.getString("feed.entry[0].summary").contains(WRONG_DATE));
        given().get("/api/v1/feed.json")
                .then()
                .statusCode(200)
                .body("items[0]._newsdesk.corrections.type", contains("correction", "update"))
                .body("items[0].summary", containsString(WRONG_DATE));
        java.util.List<java.util.Map<String, Object>> synced = new java.util.ArrayList<>();
        ArticleFixtures.sync(null, synced, new java.util.ArrayList<>());
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> notes = synced.stream()
                .filter(item -> id.equals(item.get("id")))
                .map(item -> (List<java.util.Map<String, Object>>) item.get("corrections"))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertTrue(
                notes.stream().map(n -> n.get("type")).toList().equals(List.of("correction", "update")),
                "corrections in /api/v1/changes: " + notes);
        given().get("/api/v1/articles").then().body("data[0].corrections", hasSize(2));
        // Webhooks hear of it: the public article changed.
        assertTrue(
                content.events(id).stream().filter("article.updated"::equals).count() >= 2,
                "events: " + content.events(id));
    }

    @Test
    void anAdminTakesANoteOffThePublicViewAndStaffKeepTheRecord() {
        String id = ArticleFixtures.draft(editor, "Council vote");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        String noteId = note(editor, id, "clarification", "The vote was on the budget, not the plan.")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = given().get("/api/v1/articles/council-vote").header("ETag");

        as(editor).delete(ADMIN + id + "/corrections/" + noteId).then().statusCode(403);
        as(admin).delete(ADMIN + id + "/corrections/" + noteId).then().statusCode(204);
        as(admin).delete(ADMIN + id + "/corrections/" + noteId).then().statusCode(404);
        as(admin).delete(ADMIN + id + "/corrections/nothing-here").then().statusCode(404);

        Response now = given().get("/api/v1/articles/council-vote");
        now.then().statusCode(200).body("corrections", hasSize(0));
        assertNotEquals(etag, now.header("ETag"));
        given().get("/api/v1/feed.rss").then().body(not(containsString("not the plan")));
        as(editor)
                .get(ADMIN + id + "/corrections")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].removedAt", notNullValue())
                .body("[0].removedBy", notNullValue())
                .body("[0].staffId", notNullValue());
        as(editor).get(ADMIN + id).then().body("corrections[0].removedAt", notNullValue());
    }

    @Test
    void badNotesAreFieldErrorsAndOnlyEditorsWriteThem() {
        String id = ArticleFixtures.draft(editor, "Ferry timetable");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        note(editor, id, "erratum", "Wrong kind.")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("type"));
        note(editor, id, "update", " ").then().statusCode(400).body("errors.field", contains("text"));
        as(editor)
                .contentType(ContentType.JSON)
                .body("{}")
                .post(ADMIN + id + "/corrections")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("type", "text"));
        note(editor, "0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001", "update", "Nothing to update.")
                .then()
                .statusCode(404);
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        note(contributor, id, "update", "Not mine to say.").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"type\": \"update\", \"text\": \"Anyone?\"}")
                .post(ADMIN + id + "/corrections")
                .then()
                .statusCode(401);
        as(contributor).get(ADMIN + id + "/corrections").then().statusCode(403);
    }

    @Test
    void anArticleTakenOfflineCanStillBeCorrectedForWhenItReturns() {
        String id = ArticleFixtures.draft(editor, "Heating season");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        as(editor).post(ADMIN + id + "/unpublish").then().statusCode(200);
        note(editor, id, "correction", "The season starts on 15 October.")
                .then()
                .statusCode(201);
        given().get("/api/v1/articles/heating-season").then().statusCode(404);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().get("/api/v1/articles/heating-season")
                .then()
                .statusCode(200)
                .body("corrections.text", equalTo(List.of("The season starts on 15 October.")));
    }
}
