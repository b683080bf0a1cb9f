package com.newsdesk.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveCoverageTest {

    private static final String FEED = "/api/v1/articles/blackout-live/entries";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    @Inject
    AgroalDataSource dataSource;

    private String editor;
    private String article;

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        article = LiveFixtures.liveArticle(editor, "Blackout live");
    }

    private static JsonPath feed(String query) {
        return given().get(FEED + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void entriesNeedALiveArticleAndAValidEntry() {
        String plain = ArticleFixtures.draft(editor, "Not live");
        LiveFixtures.post(editor, plain, "{\"headline\": \"x\"}")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        LiveFixtures.post(editor, UUID.randomUUID().toString(), "{\"headline\": \"x\"}")
                .then()
                .statusCode(404);
        for (String bad : List.of(
                "{}",
                "{\"keyEvent\": true, \"body\": [{\"type\": \"paragraph\", \"text\": \"No headline.\"}]}",
                "{\"headline\": \"x\", \"body\": [{\"type\": \"related\", \"article\": \"elsewhere\"}]}",
                "{\"headline\": \"x\", \"authors\": [\"nobody\"]}",
                "{\"headline\": \"x\", \"mediaId\": \"" + UUID.randomUUID() + "\"}",
                "{\"headline\": \"two\\nlines\"}",
                "{\"headline\": \"x\", \"body\": [{\"type\": \"embed\", \"url\": \"javascript:alert(1)\"}]}")) {
            int status = LiveFixtures.post(editor, article, bad)
                    .then()
                    .contentType("application/problem+json")
                    .extract()
                    .statusCode();
            assertTrue(status == 400 || status == 422, bad + " gave " + status);
        }
        given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"x\"}")
                .patch("/api/v1/admin/articles/" + article + "/entries/" + UUID.randomUUID())
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(editor)
                .header("If-Match", ArticleFixtures.etag(editor, article))
                .contentType("application/merge-patch+json")
                .body("{\"liveFrom\": \"2026-12-01T08:00:00Z\", \"liveUntil\": \"2026-12-01T06:00:00Z\"}")
                .patch("/api/v1/admin/articles/" + article)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("liveUntil"));

        // Coverage that ended takes no more entries.
        given().auth()
                .oauth2(editor)
                .header("If-Match", ArticleFixtures.etag(editor, article))
                .contentType("application/merge-patch+json")
                .body("{\"liveUntil\": \"" + Instant.now().minusSeconds(5) + "\"}")
                .patch("/api/v1/admin/articles/" + article)
                .then()
                .statusCode(200);
        LiveFixtures.post(editor, article, "{\"headline\": \"Too late\"}")
                .then()
                .statusCode(422);
        given().get("/api/v1/articles/blackout-live").then().body("live", equalTo(true));
    }

    @Test
    void readersPageTheFeedNewestFirstWithPinnedEntriesApart() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(LiveFixtures.entry(
                    editor, article, "{\"headline\": \"Update " + i + "\", \"pinned\": " + (i == 2) + "}"));
        }
        JsonPath first = feed("?limit=2");
        assertEquals(List.of("Update 5", "Update 4"), first.getList("data.headline"));
        assertEquals(List.of("Update 2"), first.getList("meta.pinned.headline"));
        JsonPath second = feed("?limit=2&cursor=" + first.getString("meta.nextCursor"));
        assertEquals(List.of("Update 3", "Update 2"), second.getList("data.headline"));
        assertNull(second.get("meta.pinned"), "pinned entries come with the first page only");
        JsonPath third = feed("?limit=2&cursor=" + second.getString("meta.nextCursor"));
        assertEquals(List.of("Update 1"), third.getList("data.headline"));
        assertNull(third.get("meta.nextCursor"));

        given().get(FEED + "?cursor=nonsense").then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().get(FEED + "?since=12").then().statusCode(400).body("errors.field", hasItem("since"));
        given().get(FEED + "?since=1-" + UUID.randomUUID() + "&cursor=" + first.getString("meta.nextCursor"))
                .then()
                .statusCode(400);
        given().get(FEED + "?limit=101").then().statusCode(400);
        ArticleFixtures.draft(editor, "Draft live");
        given().get("/api/v1/articles/draft-live/entries").then().statusCode(404);
    }

    @Test
    void pollingSinceGivesAdditionsChangesAndDeletionsAndA304WhenNothingChanged() {
        String first = LiveFixtures.entry(editor, article, "{\"headline\": \"First\"}");
        String since = feed("").getString("meta.since");
        var unchanged = given().get(FEED + "?since=" + since);
        unchanged.then().statusCode(200).body("data", equalTo(List.of()));
        given().header("If-None-Match", unchanged.header("ETag"))
                .get(FEED + "?since=" + since)
                .then()
                .statusCode(304);

        String second = LiveFixtures.entry(editor, article, "{\"headline\": \"Second\"}");
        LiveFixtures.patch(editor, article, first, "{\"headline\": \"First, corrected\"}")
                .then()
                .statusCode(200);
        JsonPath changes = feed("?since=" + since);
        assertEquals(List.of("Second", "First, corrected"), changes.getList("data.headline"), "in the order made");
        assertEquals(List.of(), changes.getList("deleted"));
        given().header("If-None-Match", unchanged.header("ETag"))
                .get(FEED + "?since=" + since)
                .then()
                .statusCode(200);

        String next = changes.getString("meta.since");
        LiveFixtures.delete(editor, article, second).then().statusCode(204);
        JsonPath deletion = feed("?since=" + next);
        assertEquals(List.of(), deletion.getList("data"));
        assertEquals(List.of(second), deletion.getList("deleted.id"));
        assertFalse(feed("").getList("data.id").contains(second));
        assertEquals(
                List.of(), feed("?since=" + deletion.getString("meta.since")).getList("deleted"));

        given().auth()
                .oauth2(editor)
                .delete("/api/v1/admin/articles/" + article + "/entries/" + first)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(editor)
                .header("If-Match", "\"stale\"")
                .delete("/api/v1/admin/articles/" + article + "/entries/" + first)
                .then()
                .statusCode(412);
    }

    @Test
    void anEntryWhoseCommitComesLateIsNeverSkipped() throws Exception {
        String since = feed("").getString("meta.since");
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (Statement statement = late.createStatement()) {
                statement.execute("SELECT pg_current_xact_id()"); // it has its transaction id before the other
            }
            LiveFixtures.entry(editor, article, "{\"headline\": \"Committed first\"}");
            JsonPath held = feed("?since=" + since);
            assertEquals(List.of(), held.getList("data"), "held back while an older transaction runs");
            assertTrue(held.getBoolean("meta.hasMore"));
            assertEquals(since, held.getString("meta.since"));
            try (PreparedStatement insert = late.prepareStatement("INSERT INTO live_entry (id, article_id, headline,"
                    + " created_at, updated_at) VALUES (?, ?, 'Committed late', now(), now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(article));
                insert.executeUpdate();
            }
            late.commit();
        }
        JsonPath both = feed("?since=" + since);
        assertEquals(List.of("Committed late", "Committed first"), both.getList("data.headline"));
        assertFalse(both.getBoolean("meta.hasMore"));
    }

    @Test
    void summariesCarryTheLatestThreeKeyEventsAndEveryChangeIsAnUpdateForWebhooks() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            keys.add(LiveFixtures.entry(editor, article, "{\"headline\": \"Key " + i + "\", \"keyEvent\": true}"));
            LiveFixtures.entry(editor, article, "{\"headline\": \"Routine " + i + "\"}");
        }
        JsonPath list =
                given().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Key 4", "Key 3", "Key 2"), list.getList("data[0].keyEvents.headline"));
        assertTrue(list.getBoolean("data[0].live"));
        LiveFixtures.delete(editor, article, keys.get(3)).then().statusCode(204);
        assertEquals(
                List.of("Key 3", "Key 2", "Key 1"),
                given().get("/api/v1/articles").jsonPath().getList("data[0].keyEvents.headline"));
        String plain = ArticleFixtures.draft(editor, "Plain story");
        ArticleFixtures.publish(editor, plain).then().statusCode(200);
        JsonPath both = given().get("/api/v1/articles").jsonPath();
        assertFalse(both.getMap("data.find { it.slug == 'plain-story' }").containsKey("keyEvents"));
        assertEquals(false, both.get("data.find { it.slug == 'plain-story' }.live"));

        long updates = content.events(article).stream()
                .filter("article.updated"::equals)
                .count();
        assertTrue(updates >= 9, "an article.updated per entry change: " + content.events(article));
    }

    @Test
    void aLiveArticleIsALiveBlogPostingInJsonLd() {
        LiveFixtures.entry(
                editor,
                article,
                "{\"headline\": \"Power is back\", \"body\": [{\"type\": \"paragraph\", \"text\": \"In the east.\"}]}");
        JsonPath doc = given().get("/api/v1/articles/blackout-live/jsonld").jsonPath();
        assertEquals("LiveBlogPosting", doc.getString("'@type'"));
        assertTrue(doc.getString("coverageStartTime").endsWith("Z"));
        assertNull(doc.get("coverageEndTime"));
        assertEquals(List.of("BlogPosting"), doc.getList("liveBlogUpdate.'@type'"));
        assertEquals(List.of("Power is back"), doc.getList("liveBlogUpdate.headline"));
        assertEquals(List.of("In the east."), doc.getList("liveBlogUpdate.articleBody"));

        Instant end = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        given().auth()
                .oauth2(editor)
                .header("If-Match", ArticleFixtures.etag(editor, article))
                .contentType("application/merge-patch+json")
                .body("{\"liveUntil\": \"" + end + "\"}")
                .patch("/api/v1/admin/articles/" + article)
                .then()
                .statusCode(200);
        assertEquals(
                end.toString(),
                given().get("/api/v1/articles/blackout-live/jsonld").path("coverageEndTime"));
    }
}
