package com.newsdesk.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangesTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager db;

    private String editor;

    @BeforeEach
    @Transactional
    void emptyLog() {
        db.createNativeQuery("DELETE FROM article_change").executeUpdate();
    }

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private String published(String headline) {
        String id = ArticleFixtures.draft(editor, headline);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    private static Response sync(String token) {
        return token == null
                ? given().get("/api/v1/changes")
                : given().queryParam("since", token).get("/api/v1/changes");
    }

    @Test
    void fromTheBeginningThenOnlyWhatChangedWithTombstones() {
        String first = published("First");
        published("Second");
        Response start = sync(null);
        start.then()
                .statusCode(200)
                .body("data.slug", contains("first", "second"))
                .body("tombstones", hasSize(0));
        String token = start.path("meta.nextToken");
        sync(token).then().body("data", hasSize(0)).body("tombstones", hasSize(0));

        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + first + "/unpublish")
                .then()
                .statusCode(200);
        published("Third");
        Response delta = sync(token);
        delta.then()
                .body("data.slug", contains("third"))
                .body("tombstones[0].id", equalTo(first))
                .body("tombstones[0].slug", equalTo("first"));
    }

    @Test
    void aTransactionThatCommitsLateIsStillDelivered() throws Exception {
        String early = published("Early");
        String token = sync(null).path("meta.nextToken");
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // A writer that starts first (lower transaction id) ...
            try (PreparedStatement insert = slow.prepareStatement(
                    "INSERT INTO article_change (article_id, slug, kind) VALUES (?, 'early', 'tombstone')")) {
                insert.setObject(1, UUID.fromString(early));
                insert.executeUpdate();
            }
            // ... while another commits after it:
            published("Later");
            Response meanwhile = sync(token);
            meanwhile.then().body("data", hasSize(0)).body("tombstones", hasSize(0));
            token = meanwhile.path("meta.nextToken");
            slow.commit(); // the first writer commits last
        }
        sync(token).then().body("tombstones[0].slug", equalTo("early")).body("data.slug", contains("later"));
    }

    @Test
    void aScheduledArticleArrivesWhenItsTimeComes() throws InterruptedException {
        String token = sync(null).path("meta.nextToken");
        String id = ArticleFixtures.draft(editor, "Scheduled");
        Instant publishAt = Instant.now().plusSeconds(2);
        schedule(id, publishAt);
        Response before = sync(token);
        before.then().body("data", hasSize(0)).body("tombstones", hasSize(0));
        // The scheduler publishes it at its time and writes its change: the next sync brings it.
        String next = before.path("meta.nextToken");
        while (!sync(next).<List<String>>path("data.slug").contains("scheduled")) {
            assertTrue(Instant.now().isBefore(publishAt.plusSeconds(5)), "delivered within 5 s of its time");
            Thread.sleep(100);
        }
    }

    private void schedule(String id, Instant publishAt) {
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + publishAt + "\"}")
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
    }

    @Test
    void anEmbargoedArticleLeavesNoTraceWhenPulledArchivedOrDeleted() {
        published("Public one");
        String token = sync(null).path("meta.nextToken");
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        String pulled = ArticleFixtures.draft(editor, "Chief executive resigns");
        String archived = ArticleFixtures.draft(editor, "Merger agreed");
        String deleted = ArticleFixtures.draft(editor, "Minister quits");
        for (String id : List.of(pulled, archived, deleted)) {
            schedule(id, tomorrow);
        }
        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + pulled + "/unpublish")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + editor)
                .post("/api/v1/admin/articles/" + archived + "/archive")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + editor)
                .header("If-Match", ArticleFixtures.etag(editor, deleted))
                .delete("/api/v1/admin/articles/" + deleted)
                .then()
                .statusCode(204);
        for (Response answer : List.of(sync(null), sync(token))) {
            String body = answer.then().statusCode(200).extract().asString();
            for (String leak :
                    List.of(pulled, archived, deleted, "chief-executive-resigns", "merger-agreed", "minister-quits")) {
                assertFalse(body.contains(leak), leak + " leaked: " + body);
            }
        }
        sync(null).then().body("data.slug", contains("public-one")).body("tombstones", hasSize(0));
    }

    @Test
    void withoutSinceTheChangesArePagedByLimit() throws InterruptedException {
        published("Alpha");
        published("Beta");
        List<String> due = new ArrayList<>();
        for (String headline : List.of("Due one", "Due two", "Due three")) {
            String id = ArticleFixtures.draft(editor, headline);
            schedule(id, Instant.now().plusSeconds(3600));
            due.add(id);
        }
        // Scheduled articles whose time has passed, still "scheduled" until the scheduler runs.
        for (String id : due) {
            content.setPublishedAt(id, Instant.now().minusSeconds(60));
        }
        sync(null, 1).then().statusCode(200).body("data.size()", lessThanOrEqualTo(1));
        Instant deadline = Instant.now().plusSeconds(5);
        while (true) {
            List<String> slugs = new ArrayList<>();
            String token = null;
            boolean more = true;
            while (more) {
                Response page = token == null ? sync(null, 1) : sync(token, 1);
                page.then().body("data.size()", lessThanOrEqualTo(1));
                slugs.addAll(page.path("data.slug"));
                token = page.path("meta.nextToken");
                more = page.path("meta.hasMore");
            }
            if (slugs.containsAll(List.of("alpha", "beta", "due-one", "due-two", "due-three"))) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "every article arrived page by page: " + slugs);
            Thread.sleep(100);
        }
    }

    private static Response sync(String token, int limit) {
        return token == null
                ? given().queryParam("limit", limit).get("/api/v1/changes")
                : given().queryParam("limit", limit).queryParam("since", token).get("/api/v1/changes");
    }

    @Test
    void aTokenFromElsewhereIsRefused() {
        given().queryParam("since", "not-a-token")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }
}
