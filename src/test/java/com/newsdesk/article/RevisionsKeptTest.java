package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RevisionsKeptTest.KeepThree.class)
class RevisionsKeptTest {

    public static class KeepThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.articles.revisions-keep", "3");
        }
    }

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Test
    void onlyTheNewestRevisionsAreKept() {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String id = ArticleFixtures.draft(editor, "Kept short");
        for (int i = 1; i <= 4; i++) {
            given().header("Authorization", "Bearer " + editor)
                    .header("If-Match", ArticleFixtures.etag(editor, id))
                    .contentType("application/merge-patch+json")
                    .body("{\"headline\": \"Kept short " + i + "\"}")
                    .patch("/api/v1/admin/articles/" + id)
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.n", contains(5, 4, 3));
        given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id + "/revisions/2")
                .then()
                .statusCode(404);
    }
}
