package com.newsdesk.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff changes to tags: a JSON merge patch under the rules of a new tag. */
@QuarkusTest
class TagAdminTest {

    private static final String TAGS = "/api/v1/admin/tags";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String token;

    @BeforeEach
    void editor() {
        content.deleteAllContent();
        staff.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + token);
    }

    private String create(String slug, String name) {
        return ArticleFixtures.post(
                token, TAGS, "{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"description\": \"Grids.\"}");
    }

    private ValidatableResponse patch(String path, String body) {
        return asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType("application/merge-patch+json")
                .body(body)
                .patch(path)
                .then();
    }

    @Test
    void patchChangesOnlyWhatIsSentAndNullClearsTheDescription() {
        String path = TAGS + "/" + create("energy", "Energy");
        String etag = asEditor().get(path).header("ETag");
        asEditor()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"name\": \" Energy and power \", \"description\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("slug", equalTo("energy"))
                .body("name", equalTo("Energy and power"))
                .body("description", nullValue());
        asEditor()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Lost update\"}")
                .patch(path)
                .then()
                .statusCode(412);
        given().get("/api/v1/tags/energy").then().statusCode(200).body("name", equalTo("Energy and power"));
    }

    @Test
    void aPatchKeepsTheRulesOfANewTag() {
        create("winter", "Winter");
        String path = TAGS + "/" + create("energy", "Energy");
        patch(path, "{\"name\": null}").statusCode(400).body("errors[0].field", equalTo("name"));
        patch(path, "{\"name\": \"  \"}").statusCode(400).body("errors[0].field", equalTo("name"));
        patch(path, "{\"name\": \"Two\\nlines\"}").statusCode(400).body("errors[0].field", equalTo("name"));
        patch(path, "{\"slug\": \"Not A Slug\"}").statusCode(400).body("errors[0].field", equalTo("slug"));
        patch(path, "{\"slug\": \"feed\"}").statusCode(400).body("errors[0].field", equalTo("slug"));
        patch(path, "{\"slug\": \"winter\"}").statusCode(409).body("errors[0].field", equalTo("slug"));
        patch(path, "[\"name\"]").statusCode(400).contentType("application/problem+json");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"No If-Match\"}")
                .patch(path)
                .then()
                .statusCode(428);
        patch(path, "{\"slug\": \"power\"}").statusCode(200).body("slug", equalTo("power"));
    }
}
