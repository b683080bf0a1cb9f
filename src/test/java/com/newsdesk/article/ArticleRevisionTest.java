package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleRevisionTest {

    private static final String ADMIN = "/api/v1/admin/articles/";

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

    private RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private void edit(String id, String json) {
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType("application/merge-patch+json")
                .body(json)
                .patch(ADMIN + id)
                .then()
                .statusCode(200);
    }

    private static String paragraph(String text) {
        return "{\"body\": [{\"type\": \"paragraph\", \"text\": \"" + text + "\"}]}";
    }

    @Test
    void everyChangeIsARevisionAndTheDiffShowsExactlyTheChangedWords() {
        String id = ArticleFixtures.draft(editor, "Grid holds");
        edit(id, paragraph("The grid held through the night."));
        edit(id, paragraph("The grid held firm through the long night."));
        edit(id, "{\"headline\": \"Grid holds overnight\"}");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        // A change that changes nothing stores nothing.
        edit(id, "{\"headline\": \"Grid holds overnight\"}");

        as(editor)
                .get(ADMIN + id + "/revisions")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(5))
                .body("data.n", contains(5, 4, 3, 2, 1))
                .body("data.action", contains("publish", "edit", "edit", "edit", "create"))
                .body("data[0].changed", contains("status", "publishAt"))
                .body("data[1].changed", contains("headline"))
                .body("data[2].changed", contains("body"))
                .body("data[4].staffId", notNullValue());
        as(editor)
                .get(ADMIN + id + "/revisions?limit=2&page=2")
                .then()
                .statusCode(200)
                .body("data.n", contains(3, 2));

        as(editor)
                .get(ADMIN + id + "/revisions/2/diff?to=3")
                .then()
                .statusCode(200)
                .body("fields", hasSize(0))
                .body("blocks", hasSize(1))
                .body("blocks[0].index", equalTo(0))
                .body("blocks[0].change", equalTo("changed"))
                .body("blocks[0].words.op", contains("equal", "insert", "equal", "insert", "equal"))
                .body("blocks[0].words.text", contains("The grid held ", "firm ", "through the ", "long ", "night."));

        // Without to: against the newest, fields and body together.
        as(editor)
                .get(ADMIN + id + "/revisions/3/diff")
                .then()
                .statusCode(200)
                .body("to", equalTo(5))
                .body("fields.field", contains("headline", "publishAt", "status"))
                .body("fields[0].from", equalTo("Grid holds"))
                .body("fields[0].to", equalTo("Grid holds overnight"))
                .body("fields[1].from", nullValue())
                .body("fields[2].from", equalTo("draft"))
                .body("fields[2].to", equalTo("published"))
                .body("blocks", hasSize(0));

        as(editor)
                .get(ADMIN + id + "/revisions/1")
                .then()
                .statusCode(200)
                .body("action", equalTo("create"))
                .body("content.headline", equalTo("Grid holds"))
                .body("content.body[0].text", equalTo("Some words about Grid holds."));
    }

    @Test
    void restoringAnOldRevisionOfAPublicArticleKeepsItPublicWithTheOldText() {
        String id = ArticleFixtures.draft(editor, "Metro reopens");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        String slug = as(editor).get(ADMIN + id).path("slug");
        edit(id, paragraph("The metro reopened at noon after a wrong alarm."));
        given().get("/api/v1/articles/" + slug)
                .then()
                .body("body[0].text", equalTo("The metro reopened at noon after a wrong alarm."));

        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .post(ADMIN + id + "/revisions/1/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("slug", equalTo(slug))
                .body("body[0].text", equalTo("Some words about Metro reopens."));

        given().get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .body("body[0].text", equalTo("Some words about Metro reopens."));
        as(editor)
                .get(ADMIN + id + "/revisions")
                .then()
                .body("data[0].action", equalTo("restore"))
                .body("data[0].changed", contains("body"))
                .body("data.action", contains("restore", "edit", "publish", "create"));
    }

    @Test
    void twoEditorsRestoringAtOnceGetA412ForOneOfThem() throws Exception {
        String id = ArticleFixtures.draft(editor, "Bridge closed");
        edit(id, paragraph("The bridge closed for repairs."));
        edit(id, paragraph("The bridge closed for repairs until Friday."));
        String second = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        String etag = ArticleFixtures.etag(editor, id);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> restores = new ArrayList<>();
        for (String[] who : new String[][] {{editor, "1"}, {second, "2"}}) {
            restores.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return as(who[0])
                        .header("If-Match", etag)
                        .post(ADMIN + id + "/revisions/" + who[1] + "/restore")
                        .statusCode();
            }));
        }
        List<Integer> codes = new ArrayList<>();
        for (CompletableFuture<Integer> restore : restores) {
            codes.add(restore.get());
        }
        codes.sort(null);
        assertEquals(List.of(200, 412), codes);
        as(editor).get(ADMIN + id + "/revisions").then().body("meta.total", equalTo(4));
        // The stale tag stays refused after the race.
        as(editor)
                .header("If-Match", etag)
                .post(ADMIN + id + "/revisions/1/restore")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as(editor).post(ADMIN + id + "/revisions/1/restore").then().statusCode(428);
    }

    @Test
    void unknownRevisionsAndBadNumbersAreClearProblems() {
        String id = ArticleFixtures.draft(editor, "Ferry late");
        as(editor)
                .get(ADMIN + id + "/revisions/7")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no revision 7"));
        as(editor).get(ADMIN + id + "/revisions/1/diff?to=9").then().statusCode(404);
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .post(ADMIN + id + "/revisions/3/restore")
                .then()
                .statusCode(404);
        as(editor)
                .get(ADMIN + id + "/revisions/1/diff?to=latest")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        as(editor).get(ADMIN + id + "/revisions/one").then().statusCode(404);
        as(editor)
                .get(ADMIN + "0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001/revisions")
                .then()
                .statusCode(404);
        as(editor).get(ADMIN + id + "/revisions?limit=500").then().statusCode(400);
    }

    @Test
    void contributorsSeeTheHistoryOfTheirOwnDraftsOnly() {
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        String mine = ArticleFixtures.post(contributor, ADMIN, "{\"headline\": \"My draft\"}");
        String theirs = ArticleFixtures.draft(editor, "Their draft");

        as(contributor).get(ADMIN + mine + "/revisions").then().statusCode(200).body("data", hasSize(1));
        as(contributor).get(ADMIN + mine + "/revisions/1/diff").then().statusCode(200);
        for (Response refused : List.of(
                as(contributor).get(ADMIN + theirs + "/revisions"),
                as(contributor).get(ADMIN + theirs + "/revisions/1"),
                as(contributor).get(ADMIN + theirs + "/revisions/1/diff"),
                as(contributor)
                        .header("If-Match", ArticleFixtures.etag(editor, theirs))
                        .post(ADMIN + theirs + "/revisions/1/restore"))) {
            refused.then().statusCode(403).contentType("application/problem+json");
        }
        given().get(ADMIN + mine + "/revisions").then().statusCode(401);
        given().post(ADMIN + mine + "/revisions/1/restore").then().statusCode(401);
    }

    @Test
    void aDeletedArticleTakesItsHistoryWithIt() {
        String id = ArticleFixtures.draft(editor, "Gone soon");
        edit(id, "{\"headline\": \"Gone sooner\"}");
        assertEquals(2, content.revisions(id));
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .delete(ADMIN + id)
                .then()
                .statusCode(204);
        assertEquals(0, content.revisions(id));
        as(editor).get(ADMIN + id + "/revisions").then().statusCode(404).body("type", notNullValue());
        as(editor).get(ADMIN + id + "/revisions/1").then().statusCode(404).body("n", nullValue());
    }
}
