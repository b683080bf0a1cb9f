package com.newsdesk.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private String publish(String headline) {
        String id = ArticleFixtures.draft(editor, headline);
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    @Test
    void publishingBetweenPagesNeverRepeatsOrSkips() {
        for (int i = 1; i <= 5; i++) {
            publish("Item " + i);
        }
        Response first = given().queryParam("limit", 2).get("/api/v1/feed");
        first.then()
                .statusCode(200)
                .body("data.slug", contains("item-5", "item-4"))
                .body("meta.headCursor", notNullValue());
        List<String> seen = new ArrayList<>(first.path("data.slug"));
        publish("Breaking one");
        publish("Breaking two");
        String cursor = first.path("meta.nextCursor");
        while (cursor != null) {
            Response page =
                    given().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/feed");
            page.then().statusCode(200);
            seen.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        }
        assertEquals(List.of("item-5", "item-4", "item-3", "item-2", "item-1"), seen);
    }

    @Test
    void sinceTheHeadCursorGivesOnlyWhatIsNew() {
        content.setPublishedAt(publish("Old news"), Instant.now().minusSeconds(60));
        String head =
                given().get("/api/v1/feed").then().statusCode(200).extract().path("meta.headCursor");
        given().queryParam("since", head)
                .get("/api/v1/feed")
                .then()
                .statusCode(200)
                .body("data", hasSize(0))
                .body("meta.headCursor", equalTo(head));
        publish("Fresh one");
        publish("Fresh two");
        Response refresh = given().queryParam("since", head).get("/api/v1/feed");
        refresh.then()
                .statusCode(200)
                .body("data.slug", contains("fresh-two", "fresh-one"))
                .body("data[0].authors[0].name", equalTo("Olena Petrenko"))
                .body("data[0].section.slug", equalTo("news"))
                .body("data[0].readingTimeMinutes", equalTo(1))
                .body("data[0].hasAudio", equalTo(false));
        // Items of the last few seconds come again (a late commit may still land among them).
        given().queryParam("since", (String) refresh.path("meta.headCursor"))
                .get("/api/v1/feed")
                .then()
                .body("data.slug", contains("fresh-two", "fresh-one"));
    }

    @Test
    void pullToRefreshDoesNotSkipAnArticleThatCommitsBehindTheHead() {
        content.setPublishedAt(publish("Settled"), Instant.now().minusSeconds(60));
        publish("Newer");
        String head =
                given().get("/api/v1/feed").then().statusCode(200).extract().path("meta.headCursor");
        // Published inside a transaction that began before "Newer"'s and committed after this read:
        // its publishedAt is older than the newest item the reader has seen.
        content.setPublishedAt(publish("Late commit"), Instant.now().minusSeconds(1));
        given().queryParam("since", head)
                .get("/api/v1/feed")
                .then()
                .statusCode(200)
                .body("data.slug", org.hamcrest.Matchers.hasItems("late-commit", "newer"))
                .body("data.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("settled")));
    }

    @Test
    void filtersAndBadCursors() {
        publish("Filtered");
        given().queryParam("tag", "energy")
                .get("/api/v1/feed")
                .then()
                .statusCode(200)
                .body("data", hasSize(1));
        given().queryParam("tag", "winter")
                .get("/api/v1/feed")
                .then()
                .statusCode(200)
                .body("data", hasSize(0));
        given().queryParam("section", "nope")
                .get("/api/v1/feed")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("section"));
        given().queryParam("since", "garbage")
                .get("/api/v1/feed")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void aCursorTheServerDidNotIssueIs400OnCursor() {
        for (int i = 1; i <= 3; i++) {
            publish("Item " + i);
        }
        String cursor = given().queryParam("limit", 1).get("/api/v1/feed").path("meta.nextCursor");
        given().queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/api/v1/feed")
                .then()
                .statusCode(200);
        int dot = cursor.indexOf('.');
        // The same position without its signature, as cursors looked before they were signed.
        String unsigned = cursor.substring(0, dot);
        char flipped = cursor.charAt(dot - 2) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, dot - 2) + flipped + cursor.substring(dot - 1);
        for (String forged : List.of(unsigned, tampered, cursor + "x")) {
            given().queryParam("cursor", forged)
                    .get("/api/v1/feed")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
    }
}
