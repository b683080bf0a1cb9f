package com.newsdesk.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The answer to a write is about that one request: no cache may keep it, public tree included. */
@QuarkusTest
class WriteCacheControlTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Test
    void aNewsletterSignUpIsNotStored() {
        content.deleteAllContent();
        staff.deleteAll();
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"store-check\", \"name\": \"Store check\", \"cadence\": \"daily\","
                        + " \"description\": \"Every morning.\"}")
                .post("/api/v1/admin/newsletters")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store");

        given().contentType(ContentType.JSON)
                .body("{\"email\": \"reader@example.org\"}")
                .post("/api/v1/newsletters/store-check/subscriptions")
                .then()
                .statusCode(202)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aStaffWriteIsNotStored() {
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        content.deleteAllContent();
        String path = given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"no-store\", \"name\": \"No store\"}")
                .post("/api/v1/admin/sections")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(editor)
                .get("/api/v1/admin/sections/" + path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"name\": \"No store at all\"}")
                .patch("/api/v1/admin/sections/" + path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        String changed = given().auth()
                .oauth2(editor)
                .get("/api/v1/admin/sections/" + path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        given().auth()
                .oauth2(admin)
                .header("If-Match", changed)
                .delete("/api/v1/admin/sections/" + path)
                .then()
                .statusCode(204)
                .header("Cache-Control", "no-store");
    }

    @Test
    void aPutIsNotStoredEvenWhenRefused() {
        given().contentType(ContentType.JSON)
                .queryParam("token", "not-a-token")
                .body("{\"newsletters\": []}")
                .put("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store");
    }
}
