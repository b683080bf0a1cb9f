package com.newsdesk.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + publishAt + "\"}")
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
        Response before = sync(token);
        before.then().body("data", hasSize(0));
        // Its time comes with no write at all: the next sync after it still brings it.
        Thread.sleep(Math.max(0, publishAt.toEpochMilli() - System.currentTimeMillis()) + 200);
        sync(before.path("meta.nextToken")).then().body("data.slug", contains("scheduled"));
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
