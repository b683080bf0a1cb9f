package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleRulesTest {

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

    private Response patch(String id, String etag, String json) {
        RequestSpecification request =
                as(editor).contentType("application/merge-patch+json").body(json);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.patch(ADMIN + id);
    }

    @Test
    void draftsScheduledAndArchivedAreNotFoundForThePublic() {
        String id = ArticleFixtures.draft(editor, "Not yet");
        given().get("/api/v1/articles/not-yet").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/articles/by-id/" + id).then().statusCode(404);
        given().get("/api/v1/articles/missing").then().statusCode(404).body("type", endsWith("/not-found"));

        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"" + Instant.now().plusSeconds(3600) + "\"}")
                .post(ADMIN + id + "/schedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/not-yet").then().statusCode(404);

        // Its time comes: public without anyone acting, on any instance.
        content.setPublishedAt(id, Instant.now().minusSeconds(5));
        given().get("/api/v1/articles/not-yet").then().statusCode(200);

        as(editor).post(ADMIN + id + "/archive").then().statusCode(200).body("status", equalTo("archived"));
        given().get("/api/v1/articles/not-yet").then().statusCode(404);
        assertEquals(1, content.withdrawals(id, "archived"));
    }

    @Test
    void schedulingInThePastIsAFieldError() {
        String id = ArticleFixtures.draft(editor, "Past");
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"2020-01-01T00:00:00Z\"}")
                .post(ADMIN + id + "/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
    }

    @Test
    void writesNeedTheCurrentEtagAndNothingChangesOtherwise() {
        String id = ArticleFixtures.draft(editor, "Two editors");
        String etag = ArticleFixtures.etag(editor, id);
        patch(id, null, "{\"headline\": \"Mine\"}").then().statusCode(428);
        patch(id, "\"stale\"", "{\"headline\": \"Mine\"}").then().statusCode(412);
        patch(id, etag, "{\"headline\": \"First\"}").then().statusCode(200);
        patch(id, etag, "{\"headline\": \"Second\"}").then().statusCode(412);
        as(editor).get(ADMIN + id).then().body("headline", equalTo("First"));
        as(editor).header("If-Match", etag).delete(ADMIN + id).then().statusCode(412);
    }

    @Test
    void aPatchCanClearWithNullExactlyTheFieldsItsSchemaSaysMayBeNull() {
        // Generated clients learn from the OpenAPI document which ArticlePatch fields take null.
        java.util.Map<String, Object> properties = given().get("/q/openapi?format=json")
                .then()
                .extract()
                .path("components.schemas.ArticlePatch.properties");
        for (var property : properties.entrySet()) {
            String field = property.getKey();
            boolean nullable = property.getValue().toString().contains("null");
            String id = ArticleFixtures.post(
                    editor,
                    "/api/v1/admin/articles",
                    "{\"headline\": \"Clear " + field + "\", \"standfirst\": \"A line\", \"section\": \"news\"}");
            Response answer = patch(id, ArticleFixtures.etag(editor, id), "{\"" + field + "\": null}");
            assertEquals(nullable ? 200 : 400, answer.statusCode(), field + ": " + answer.asString());
            if (!nullable) {
                assertEquals(field, answer.path("errors[0].field"));
            }
        }
        assertEquals(
                true,
                properties.get("standfirst").toString().contains("null"),
                "the optional fields are there to be cleared");
    }

    @Test
    void mergePatchKeepsAbsentFieldsAndNullClears() {
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Patch me\", \"standfirst\": \"A line\", \"tags\": [\"energy\", \"winter\"], \"section\": \"news\"}");
        patch(id, ArticleFixtures.etag(editor, id), "{\"standfirst\": null, \"headline\": \"Patched\"}")
                .then()
                .statusCode(200)
                .body("standfirst", nullValue())
                .body("headline", equalTo("Patched"))
                .body("slug", equalTo("patch-me"))
                .body("tags.slug", org.hamcrest.Matchers.contains("energy", "winter"))
                .body("section.slug", equalTo("news"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        as(editor)
                .contentType(ContentType.JSON)
                .body(
                        "{\"headline\": \"Bad\", \"authors\": [\"nobody\"], \"section\": \"nowhere\", \"tags\": [\"energy\", \"none\"],"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Hi\", \"marks\": [{\"type\": \"link\", \"start\": 0, \"end\": 2,"
                                + " \"href\": \"javascript:alert(1)\"}]}, {\"type\": \"embed\", \"url\": \"https://evil.example/x\"},"
                                + " {\"type\": \"related\", \"article\": \"no-such-article\"}]}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "authors[0]",
                                "section",
                                "tags[1]",
                                "body[0].marks[0].href",
                                "body[1].url",
                                "body[2].article"));
    }

    @Test
    void unknownBlockTypesAndBadMarksAreFieldErrors() {
        as(editor)
                .contentType(ContentType.JSON)
                .body(
                        "{\"headline\": \"X\", \"body\": [{\"type\": \"paragraph\", \"text\": \"ok\"}, {\"type\": \"script\", \"src\": \"x\"}]}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body[1].type"))
                .body("errors[0].message", containsString("paragraph"));
        as(editor)
                .contentType(ContentType.JSON)
                .body(
                        "{\"headline\": \"X\", \"body\": [{\"type\": \"paragraph\", \"text\": \"short\", \"marks\": [{\"type\": \"bold\", \"start\": 2, \"end\": 40}]}]}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body[0].marks[0]"));
    }

    @Test
    void textIsNeverMarkup() {
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Escaping\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"<script>alert(1)</script> & <img src=x onerror=alert(1)>\"}]}");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().queryParam("formats", "html,blocks")
                .get("/api/v1/articles/escaping")
                .then()
                .statusCode(200)
                .body(
                        "html",
                        equalTo(
                                "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>"))
                .body("body[0].text", equalTo("<script>alert(1)</script> & <img src=x onerror=alert(1)>"));
    }

    @Test
    void takenSlugIsConflictWithASuggestion() {
        ArticleFixtures.draft(editor, "Same words");
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Other\", \"slug\": \"same-words\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", containsString("same-words-2"));
        // A generated slug picks a free one by itself.
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Same words\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .body("slug", equalTo("same-words-2"));
    }

    @Test
    void publishingAnIncompleteArticleListsEveryMissingPiece() {
        String photo = ArticleFixtures.photo(editor, null);
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Half done\", \"leadImage\": {\"mediaId\": \"" + photo + "\"}}");
        ArticleFixtures.publish(editor, id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("authors", "section", "body", "leadImage"));
        given().get("/api/v1/articles/half-done").then().statusCode(404);
    }

    @Test
    void renamingAPublishedArticleKeepsTheOldSlugAsAPermanentRedirect() {
        String id = ArticleFixtures.draft(editor, "Old name");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        patch(id, ArticleFixtures.etag(editor, id), "{\"slug\": \"new-name\"}")
                .then()
                .statusCode(200);
        given().redirects()
                .follow(false)
                .get("/api/v1/articles/old-name?include=authors")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/articles/new-name?include=authors"));
        given().get("/api/v1/articles/new-name").then().statusCode(200);
    }

    @Test
    void unpublishingAndDeletingAreRecordedWithTheirTime() {
        String first = ArticleFixtures.draft(editor, "Withdrawn");
        ArticleFixtures.publish(editor, first).then().statusCode(200);
        as(editor).post(ADMIN + first + "/unpublish").then().statusCode(200).body("status", equalTo("draft"));
        given().get("/api/v1/articles/withdrawn").then().statusCode(404);
        assertEquals(1, content.withdrawals(first, "unpublished"));

        String second = ArticleFixtures.draft(editor, "Deleted");
        ArticleFixtures.publish(editor, second).then().statusCode(200);
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, second))
                .delete(ADMIN + second)
                .then()
                .statusCode(204);
        assertEquals(1, content.withdrawals(second, "deleted"));
    }

    @Test
    void contributorsOnlyTouchTheirOwnDrafts() {
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        String mine = ArticleFixtures.post(contributor, "/api/v1/admin/articles", "{\"headline\": \"My draft\"}");
        String theirs = ArticleFixtures.draft(editor, "Their draft");
        as(contributor).get(ADMIN + mine).then().statusCode(200);
        as(contributor).get(ADMIN + theirs).then().statusCode(403).contentType("application/problem+json");
        as(contributor).get("/api/v1/admin/articles").then().statusCode(200).body("meta.total", equalTo(1));
        as(contributor)
                .get("/api/v1/admin/articles?fields=id")
                .then()
                .statusCode(200)
                .body("data[0].headline", equalTo("My draft"));
        as(contributor)
                .header("If-Match", ArticleFixtures.etag(contributor, mine))
                .contentType(ContentType.JSON)
                .body("{\"standfirst\": \"Better\"}")
                .patch(ADMIN + mine)
                .then()
                .statusCode(200);
        ArticleFixtures.publish(contributor, mine).then().statusCode(403);
        ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Published one"))
                .then()
                .statusCode(200);
    }

    @Test
    void thingsArticlesUseCannotBeDeleted() {
        ArticleFixtures.draft(editor, "Uses an author");
        String authorId = as(editor)
                .get("/api/v1/admin/authors")
                .then()
                .extract()
                .path("data.find { it.slug == 'olena-petrenko' }.id");
        String path = "/api/v1/admin/authors/" + authorId;
        as(editor)
                .header("If-Match", as(editor).get(path).header("ETag"))
                .delete(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 articles"));
        String tagId =
                as(editor).get("/api/v1/admin/tags").then().extract().path("data.find { it.slug == 'energy' }.id");
        String tagPath = "/api/v1/admin/tags/" + tagId;
        as(editor)
                .header("If-Match", as(editor).get(tagPath).header("ETag"))
                .delete(tagPath)
                .then()
                .statusCode(409);
    }

    @Test
    void theHeadlineFilterTakesWildcardsLiterally() {
        ArticleFixtures.draft(editor, "Rate at 5_percent");
        ArticleFixtures.draft(editor, "Rate at 5Xpercent");
        ArticleFixtures.draft(editor, "Bang! and back\\\\slash");
        for (String[] search :
                new String[][] {{"5_p", "Rate at 5_percent"}, {"t 5%", null}, {"g! and back\\", "Bang! and back\\slash"}
                }) {
            var found = as(editor).queryParam("q", search[0]).get(ADMIN).then().statusCode(200);
            if (search[1] == null) {
                found.body("data", org.hamcrest.Matchers.hasSize(0));
            } else {
                found.body("data.headline", org.hamcrest.Matchers.contains(search[1]));
            }
        }
    }

    @Test
    void nulCharactersAreRefusedNotStored() {
        given().queryParam("language", "en\u0000")
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Bad\\u0000byte\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("headline"))
                .body("errors[0].message", equalTo("Must not contain NUL characters"));
    }

    @Test
    void fieldErrorsAndLookupErrorsComeTogether() {
        as(editor)
                .contentType(ContentType.JSON)
                .body(
                        "{\"headline\": \" \", \"authors\": [\"nobody\"], \"body\": [{\"type\": \"embed\", \"url\": \"https://evil.example/x\"}]}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("headline", "authors[0]", "body[0].url"));
    }

    @Test
    void aLiveArticleCannotLoseWhatPublishingRequires() {
        String id = ArticleFixtures.draft(editor, "Live one");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        patch(id, ArticleFixtures.etag(editor, id), "{\"authors\": [], \"section\": null}")
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("authors", "section"));
        given().get("/api/v1/articles/live-one")
                .then()
                .statusCode(200)
                .body("authors", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void aNewDraftCannotTakeAnOldSlugThatStillRedirects() {
        String id = ArticleFixtures.draft(editor, "Before");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        patch(id, ArticleFixtures.etag(editor, id), "{\"slug\": \"after\"}")
                .then()
                .statusCode(200);
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Other\", \"slug\": \"before\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(409)
                .body("errors[0].message", containsString("before-2"));
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Before\"}")
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .body("slug", equalTo("before-2"));
        given().redirects().follow(false).get("/api/v1/articles/before").then().statusCode(301);
    }

    @Test
    void aDeletedRelatedArticleDoesNotBlockOtherEdits() {
        String target = ArticleFixtures.draft(editor, "Target");
        String linking = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Linking\", \"body\": [{\"type\": \"related\", \"article\": \"target\"}]}");
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, target))
                .delete(ADMIN + target)
                .then()
                .statusCode(204);
        patch(linking, ArticleFixtures.etag(editor, linking), "{\"headline\": \"Linking, edited\"}")
                .then()
                .statusCode(200);
    }

    @Test
    void schedulingBeyondTenYearsIsAFieldError() {
        String id = ArticleFixtures.draft(editor, "Far away");
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"publishAt\": \"+300000-01-01T00:00:00Z\"}")
                .post(ADMIN + id + "/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
    }

    @Test
    void nestedObjectsMergeAndCreditsCanBeOverridden() {
        String photo = ArticleFixtures.photo(editor, "Alt text");
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Photo story\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}],"
                        + " \"leadImage\": {\"mediaId\": \"" + photo + "\", \"caption\": \"Our caption\"}}");
        patch(id, ArticleFixtures.etag(editor, id), "{\"leadImage\": {\"credit\": \"Pool photo\"}}")
                .then()
                .statusCode(200)
                .body("leadImage.caption", equalTo("Our caption"))
                .body("leadImage.credit", equalTo("Pool photo"));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().get("/api/v1/articles/photo-story")
                .then()
                .body("leadImage.caption", equalTo("Our caption"))
                .body("leadImage.credit", equalTo("Pool photo"));
        given().get("/api/v1/articles/photo-story/related")
                .then()
                .statusCode(200)
                .body("meta.limit", equalTo(5));
        given().queryParam("limit", 21)
                .get("/api/v1/articles/photo-story/related")
                .then()
                .statusCode(400);
    }

    @Test
    void contributorsCannotTouchOthersDraftsOrTheirOwnOncePublished() {
        String contributor = StaffFixtures.login(staff.create(StaffRole.CONTRIBUTOR));
        String theirs = ArticleFixtures.draft(editor, "Editors draft");
        as(contributor)
                .header("If-Match", ArticleFixtures.etag(editor, theirs))
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"Taken over\"}")
                .patch(ADMIN + theirs)
                .then()
                .statusCode(403);
        as(contributor)
                .header("If-Match", ArticleFixtures.etag(editor, theirs))
                .delete(ADMIN + theirs)
                .then()
                .statusCode(403);
        String mine = ArticleFixtures.post(
                contributor,
                "/api/v1/admin/articles",
                "{\"headline\": \"Mine to publish\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}");
        ArticleFixtures.publish(editor, mine).then().statusCode(200);
        as(contributor).get(ADMIN + mine).then().statusCode(403);
    }

    @Test
    void pagesStayStableWhileNewsIsPublished() {
        for (int i = 0; i < 5; i++) {
            ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Story " + i))
                    .then()
                    .statusCode(200);
        }
        Response first = given().queryParam("limit", 2).get("/api/v1/articles");
        java.util.List<String> seen = new java.util.ArrayList<>(first.path("data.slug"));
        ArticleFixtures.publish(editor, ArticleFixtures.draft(editor, "Breaking"))
                .then()
                .statusCode(200);
        String cursor = first.path("meta.nextCursor");
        while (cursor != null) {
            Response page =
                    given().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/articles");
            seen.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
        }
        assertEquals(java.util.List.of("story-4", "story-3", "story-2", "story-1", "story-0"), seen);
    }

    @Test
    void theDatelineIsPublicAndTheEditorNoteNeverLeavesTheNewsroom() {
        String id = ArticleFixtures.post(
                editor,
                ADMIN,
                "{\"headline\": \"Tram lines reopen\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"dateline\": \"KYIV\", \"editorNote\": \"Zebrafinch: legal to check the second paragraph\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Trams run again on the left bank.\"}]}");
        as(editor)
                .get(ADMIN + id)
                .then()
                .body("editorNote", containsString("Zebrafinch"))
                .body("dateline", equalTo("KYIV"));
        String preview = as(editor)
                .post(ADMIN + id + "/preview-token")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().queryParam("token", preview)
                .get("/api/v1/preview/articles/" + id)
                .then()
                .statusCode(200)
                .body("dateline", equalTo("KYIV"))
                .body(org.hamcrest.Matchers.not(containsString("Zebrafinch")));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        for (String path : new String[] {
            "/api/v1/articles/tram-lines-reopen",
            "/api/v1/articles/tram-lines-reopen?formats=blocks,html,text&include=authors,audio",
            "/api/v1/articles/by-id/" + id,
            "/api/v1/articles",
            "/api/v1/feed",
            "/api/v1/feed.rss",
            "/api/v1/feed.atom",
            "/api/v1/feed.json",
            "/api/v1/changes",
            "/api/v1/search?q=tram"
        }) {
            String answer = given().get(path).then().statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(
                    answer.contains("Zebrafinch"), path + " leaks the editor's note");
        }
        given().get("/api/v1/articles/tram-lines-reopen").then().body("dateline", equalTo("KYIV"));
        given().queryParam("q", "zebrafinch")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("data.size()", equalTo(0));
    }
}
