package com.newsdesk.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffFixtures.Account;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A preview link shows a draft to a front end, and nothing else. */
@QuarkusTest
class PreviewTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    PreviewTokens tokens;

    private String editor;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private Response link(String token, String id) {
        return given().header("Authorization", "Bearer " + token)
                .post("/api/v1/admin/articles/" + id + "/preview-token");
    }

    @Test
    void aPreviewLinkShowsTheDraftAsReadersWillSeeItWithoutCaching() {
        String id = ArticleFixtures.draft(editor, "Embargoed budget story");
        Response created = link(editor, id);
        created.then()
                .statusCode(201)
                .contentType("application/json")
                .body("url", startsWith("http"))
                .body("url", org.hamcrest.Matchers.containsString("/api/v1/preview/articles/" + id + "?token="));
        Instant expires = Instant.parse(created.path("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expires).toMinutes() >= 59, "about an hour");
        String token = created.path("token");

        given().queryParam("token", token)
                .get("/api/v1/preview/articles/" + id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("ETag", nullValue())
                .header("Surrogate-Key", nullValue())
                .header("Last-Modified", nullValue())
                .body("id", equalTo(id))
                .body("headline", equalTo("Embargoed budget story"))
                .body("slug", equalTo("embargoed-budget-story"))
                .body("authors[0].slug", equalTo("olena-petrenko"));
        // The public still sees nothing.
        given().get("/api/v1/articles/embargoed-budget-story").then().statusCode(404);
        given().get("/api/v1/articles/by-id/" + id).then().statusCode(404);
    }

    @Test
    void thePreviewFollowsTheDraftAsItChanges() {
        String id = ArticleFixtures.draft(editor, "First take");
        String token = link(editor, id).path("token");
        given().header("Authorization", "Bearer " + editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType("application/merge-patch+json")
                .body("{\"headline\": \"Second take\"}")
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        given().queryParam("token", token)
                .get("/api/v1/preview/articles/" + id)
                .then()
                .statusCode(200)
                .body("headline", equalTo("Second take"));
    }

    @Test
    void badExpiredAndOtherArticlesTokensAre401Problems() {
        String id = ArticleFixtures.draft(editor, "Guarded draft");
        String other = ArticleFixtures.draft(editor, "Another draft");
        String otherToken = link(editor, other).path("token");
        String good = link(editor, id).path("token");
        String expired = tokens.issue(UUID.fromString(id), Instant.now().minusSeconds(1));
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        for (String token : new String[] {otherToken, expired, tampered, "nonsense", "a.b", ""}) {
            given().queryParam("token", token)
                    .get("/api/v1/preview/articles/" + id)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("Cache-Control", "no-store");
        }
        given().get("/api/v1/preview/articles/" + id).then().statusCode(401).contentType("application/problem+json");
        given().queryParam("token", good)
                .get("/api/v1/preview/articles/" + id)
                .then()
                .statusCode(200);
        given().queryParam("token", good)
                .get("/api/v1/preview/articles/not-a-uuid")
                .then()
                .statusCode(404);
    }

    @Test
    void contributorsGetLinksForTheirOwnDraftsOnly() {
        Account writer = staff.create(StaffRole.CONTRIBUTOR);
        String contributor = StaffFixtures.login(writer);
        String own = ArticleFixtures.post(
                contributor,
                "/api/v1/admin/articles",
                "{\"headline\": \"My own draft\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}");
        String editors = ArticleFixtures.draft(editor, "The editor's draft");
        link(contributor, own).then().statusCode(201);
        link(contributor, editors).then().statusCode(403).contentType("application/problem+json");
        link(editor, own).then().statusCode(201);
        given().post("/api/v1/admin/articles/" + own + "/preview-token").then().statusCode(401);
        link(editor, UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void aDeletedArticlesPreviewIsGone() {
        String id = ArticleFixtures.draft(editor, "Short-lived");
        String token = link(editor, id).path("token");
        given().header("Authorization", "Bearer " + editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .delete("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(204);
        given().queryParam("token", token)
                .get("/api/v1/preview/articles/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void tokensDifferPerArticleAndExpiry() {
        UUID a = UUID.randomUUID();
        Instant at = Instant.now().plusSeconds(60);
        assertEquals(a, tokens.verify(tokens.issue(a, at), Instant.now()).orElseThrow());
        assertNotEquals(tokens.issue(a, at), tokens.issue(UUID.randomUUID(), at));
        assertTrue(tokens.verify(tokens.issue(a, at), at.plusSeconds(1)).isEmpty());
    }
}
