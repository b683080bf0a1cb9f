package com.newsdesk.common.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Control characters and line breaks in request bodies: a 400 at the field, never stored. */
@QuarkusTest
class TextInputTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String admin;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        ArticleFixtures.basics(admin);
    }

    private ValidatableResponse post(String path, String json) {
        return given().header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body(json)
                .post(path)
                .then()
                .contentType("application/problem+json");
    }

    @Test
    void controlCharactersAreRefusedAtTheirField() {
        post("/api/v1/admin/articles", "{\"headline\": \"Grid\\u000bholds\"}")
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("headline"))
                .body(
                        "errors[0].message",
                        equalTo("Must not contain control characters (such as a pasted soft line break)"));
        post("/api/v1/admin/authors", "{\"slug\": \"bell\", \"name\": \"Bell\\u0007Ringer\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        post("/api/v1/admin/articles", "{\"headline\": \"Tags\", \"tags\": [\"energy\", \"x\\u001fy\"]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("tags[1]"));
        post(
                        "/api/v1/admin/articles",
                        "{\"headline\": \"Body\", \"body\": [{\"type\": \"paragraph\", \"text\": \"forged \\u0002mark\\u0003\"}]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("body[0].text"));
        post("/api/v1/admin/articles", "{\"headline\": \"Half \\ud83d character\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("headline"));
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .body("data", hasSize(0));
    }

    @Test
    void tabsAndLineBreaksStayWhereTextMayHaveThem() {
        ArticleFixtures.post(
                admin,
                "/api/v1/admin/articles",
                "{\"headline\": \"Lines\", \"standfirst\": \"One\\r\\nTwo\\tthree\","
                        + " \"body\": [{\"type\": \"paragraph\", \"text\": \"A\\nB\"}]}");
    }

    @Test
    void oneLineFieldsRefuseLineBreaks() {
        post("/api/v1/admin/articles", "{\"headline\": \"Grid\\nholds\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("headline"))
                .body("errors[0].message", equalTo("Must be a single line, without line breaks"));
        post(
                        "/api/v1/admin/newsletters",
                        "{\"slug\": \"daily\", \"name\": \"Daily\\r\\nBcc: x@evil.test\", \"cadence\": \"daily\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        post(
                        "/api/v1/admin/newsletters",
                        "{\"slug\": \"daily\", \"name\": \"Daily\", \"cadence\": \"daily\", \"senderName\": \"News\\nroom\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("senderName"));
        post(
                        "/api/v1/admin/staff",
                        "{\"email\": \"new@newsdesk.example\", \"displayName\": \"Two\\rLines\","
                                + " \"role\": \"editor\", \"password\": \"a long enough password\"}")
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("displayName"));
        post("/api/v1/admin/tags", "{\"slug\": \"two\", \"name\": \"Two\\nlines\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }
}
