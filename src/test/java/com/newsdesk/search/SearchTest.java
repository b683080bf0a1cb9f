package com.newsdesk.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

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

    private String article(String headline, String text, String tag, boolean publish) {
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"%s\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\", \"tags\": [\"%s\"],"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"%s\"}]}")
                        .formatted(headline, tag, text));
        if (publish) {
            ArticleFixtures.publish(editor, id).then().statusCode(200);
        }
        return id;
    }

    @Test
    void diacriticsAndCaseDoNotMatterEitherWay() {
        article("Trams return to Kyïv streets", "The tram depot reopened on Monday.", "energy", true);
        article(
                "Bridge repairs in KYIV finish early",
                "Workers finished the bridge ahead of schedule.",
                "winter",
                true);
        given().queryParam("q", "kyiv")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data", hasSize(2));
        given().queryParam("q", "Kyïv")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data", hasSize(2));
    }

    @Test
    void headlineMatchesRankAboveBodyMatchesAndSnippetsAreSafe() {
        article("Harbour cranes idle", "Nothing about the grid here, except one word: turbines.", "energy", true);
        article("Turbines spin again", "The <b>wind</b> farm restarted its turbines, 3 < 5 of them.", "energy", true);
        given().queryParam("q", "turbines")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data.article.slug", contains("turbines-spin-again", "harbour-cranes-idle"))
                .body("data[0].snippet", containsString("<mark>Turbines</mark>"))
                .body("data[0].snippet", containsString("3 &lt; 5"))
                .body("data[0].snippet", not(containsString("<b>")));
    }

    @Test
    void aWordDeepInALongBodyIsFoundAndTheLedeRanksAboveIt() {
        String filler = "The council met again to discuss the budget for the coming year. ".repeat(40);
        article("Long council report", filler + "A zeppelin was mentioned once, at the very end.", "energy", true);
        article("Short council note", "A zeppelin flew over the council building.", "winter", true);
        given().queryParam("q", "zeppelin")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data.article.slug", contains("short-council-note", "long-council-report"));
    }

    @Test
    void webSearchSyntaxTagsAndUnpublishedArticles() {
        article("Grid holds through the cold night", "Operators kept the power on.", "energy", true);
        article("Cold weather for the derby", "The football match was played in the cold.", "winter", true);
        article("Cold draft story", "Not yet public.", "energy", false);
        given().queryParam("q", "cold -football")
                .get("/api/v1/search")
                .then()
                .body("data.article.slug", contains("grid-holds-through-the-cold-night"));
        given().queryParam("q", "\"cold night\"").get("/api/v1/search").then().body("data", hasSize(1));
        given().queryParam("q", "derby or grid").get("/api/v1/search").then().body("data", hasSize(2));
        given().queryParam("q", "winter")
                .get("/api/v1/search")
                .then()
                .body("data.article.slug", contains("cold-weather-for-the-derby"));
        given().queryParam("q", "cold")
                .queryParam("tag", "energy")
                .get("/api/v1/search")
                .then()
                .body("data", hasSize(1));
        given().queryParam("q", "cold")
                .queryParam("from", "2999-01-01")
                .get("/api/v1/search")
                .then()
                .body("data", hasSize(0));
    }

    @Test
    void renamingATagUpdatesTheIndexInTheSameTransaction() {
        article("Plain headline", "Plain words.", "energy", true);
        String tagId = given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/tags")
                .then()
                .extract()
                .path("data.find { it.slug == 'energy' }.id");
        String path = "/api/v1/admin/tags/" + tagId;
        given().header("Authorization", "Bearer " + editor)
                .header(
                        "If-Match",
                        given().header("Authorization", "Bearer " + editor)
                                .get(path)
                                .header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Electricity\"}")
                .patch(path)
                .then()
                .statusCode(200);
        given().queryParam("q", "electricity").get("/api/v1/search").then().body("data", hasSize(1));
    }

    @Test
    void pagesAndBadInput() {
        for (int i = 0; i < 3; i++) {
            article("Storm update " + i, "The storm moved east.", "winter", true);
        }
        String cursor = given().queryParam("q", "storm")
                .queryParam("limit", 2)
                .get("/api/v1/search")
                .then()
                .extract()
                .path("meta.nextCursor");
        given().queryParam("q", "storm")
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/v1/search")
                .then()
                .body("data", hasSize(1))
                .body("meta.nextCursor", equalTo(null));
        given().queryParam("q", "other")
                .queryParam("cursor", cursor)
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "storm")
                .queryParam("from", "yesterday")
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("q", "\"unbalanced -- or ((")
                .get("/api/v1/search")
                .then()
                .statusCode(200);
        given().queryParam("q", "storm")
                .get("/api/v1/search")
                .then()
                .body("data.article.slug", containsInAnyOrder("storm-update-0", "storm-update-1", "storm-update-2"));
    }

    @Test
    void forgedAndTooDeepCursorsAre400OnCursor() {
        for (int i = 0; i < 3; i++) {
            article("Flood warning " + i, "The river rose.", "winter", true);
        }
        String cursor = given().queryParam("q", "flood")
                .queryParam("limit", 1)
                .get("/api/v1/search")
                .path("meta.nextCursor");
        // The old unsigned format, pointing deep into the results.
        String unsigned = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("v1\nsearch\n2\nflood".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String tampered = cursor.replace(cursor.charAt(0), cursor.charAt(0) == 'd' ? 'e' : 'd');
        // Signed, but deeper than anyone reads.
        String tooDeep = com.newsdesk.common.paging.Cursors.encode("search", "1001", "flood");
        for (String forged : java.util.List.of(unsigned, tampered, tooDeep)) {
            given().queryParam("q", "flood")
                    .queryParam("cursor", forged)
                    .get("/api/v1/search")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("q", "flood")
                .queryParam("cursor", cursor)
                .queryParam("limit", 1)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data", hasSize(1));
    }
}
