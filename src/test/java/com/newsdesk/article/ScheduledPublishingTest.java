package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler publishes a scheduled article at its time, on one instance, catching up. */
@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    @Inject
    WentPublicRecorder events;

    @Inject
    ScheduledPublisher publisher;

    private String editor;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private void schedule(String id, Instant publishAt) {
        given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + publishAt + "\"}")
                .post("/api/v1/admin/articles/" + id + "/schedule")
                .then()
                .statusCode(200);
    }

    private String status(String id) {
        return given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    /** Every slug that /api/v1/changes has from the start, page by page. */
    private static List<String> syncedSlugs() {
        List<String> slugs = new ArrayList<>();
        String token = null;
        boolean more = true;
        while (more) {
            var page = token == null
                    ? given().queryParam("limit", 100).get("/api/v1/changes")
                    : given().queryParam("limit", 100)
                            .queryParam("since", token)
                            .get("/api/v1/changes");
            slugs.addAll(page.path("data.slug"));
            token = page.path("meta.nextToken");
            more = page.path("meta.hasMore");
        }
        return slugs;
    }

    private static void within(Instant deadline, BooleanSupplier condition, String what) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " by " + deadline);
            Thread.sleep(100); // polling: the scheduler runs about every second
        }
    }

    @Test
    void aScheduledArticleIsPublishedWithinFiveSecondsOfItsTime() throws InterruptedException {
        String id = ArticleFixtures.draft(editor, "Two seconds");
        Instant publishAt = Instant.now().plusSeconds(2);
        schedule(id, publishAt);
        assertEquals("scheduled", status(id));
        Instant deadline = publishAt.plus(Duration.ofSeconds(5));
        within(deadline, () -> status(id).equals("published"), "published in the admin view");
        within(deadline, () -> syncedSlugs().contains("two-seconds"), "in /api/v1/changes");
        within(
                deadline,
                () -> given().get("/api/v1/feed")
                        .<List<String>>path("data.slug")
                        .contains("two-seconds"),
                "in the feed");
        assertTrue(Instant.now().isAfter(publishAt.minusMillis(50)), "not before its time");
        assertTrue(
                events.seen().stream().anyMatch(e -> e.id().equals(UUID.fromString(id))),
                "ArticleWentPublic was fired after commit");
        given().get("/api/v1/articles/two-seconds")
                .then()
                .statusCode(200)
                .body(
                        "publishedAt",
                        org.hamcrest.Matchers.startsWith(publishAt.toString().substring(0, 19)));
    }

    @Test
    void aScheduledArticleWhoseTimePassedWhileNothingRanIsPublishedByTheNextRun() throws InterruptedException {
        String id = ArticleFixtures.draft(editor, "Missed while down");
        schedule(id, Instant.now().plusSeconds(3600));
        // As if the instances were down when its time came.
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery(
                                "UPDATE article SET published_at = now() - interval '1 hour' WHERE id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
        Instant deadline = Instant.now().plusSeconds(5);
        within(deadline, () -> status(id).equals("published"), "published by the next run");
        within(deadline, () -> syncedSlugs().contains("missed-while-down"), "in /api/v1/changes");
        // The job's change is a revision of its own, made by nobody.
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("data.action", org.hamcrest.Matchers.contains("publish", "schedule", "create"))
                .body("data[0].staffId", org.hamcrest.Matchers.nullValue())
                .body("data[0].changed", org.hamcrest.Matchers.contains("status"));
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id + "/revisions/3")
                .then()
                .statusCode(200)
                .body("content.status", org.hamcrest.Matchers.equalTo("published"))
                .body("content.headline", org.hamcrest.Matchers.equalTo("Missed while down"));
    }

    @Test
    void whileAnotherInstanceHoldsTheLockNothingIsPublishedTwice() throws Exception {
        String id = ArticleFixtures.draft(editor, "Held back");
        schedule(id, Instant.now().plusSeconds(3600));
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> instance =
                other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    db.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS held")
                            .setParameter(1, ScheduledPublisher.LOCK)
                            .getSingleResult();
                    locked.countDown();
                    try {
                        done.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertTrue(locked.await(10, java.util.concurrent.TimeUnit.SECONDS));
            QuarkusTransaction.requiringNew()
                    .run(() -> db.createNativeQuery(
                                    "UPDATE article SET published_at = now() - interval '1 minute' WHERE id = ?1")
                            .setParameter(1, UUID.fromString(id))
                            .executeUpdate());
            assertEquals(0, publisher.publishDue(), "another instance is at it");
            Thread.sleep(2_500); // the instance's own scheduler ran twice meanwhile
            assertEquals("scheduled", status(id));
        } finally {
            done.countDown();
            instance.get(20, java.util.concurrent.TimeUnit.SECONDS);
            other.shutdown();
        }
        within(Instant.now().plusSeconds(5), () -> status(id).equals("published"), "published once the lock is free");
    }
}
