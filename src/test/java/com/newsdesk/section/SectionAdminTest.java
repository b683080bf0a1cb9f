package com.newsdesk.section;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SectionAdminTest {

    private static final String SECTIONS = "/api/v1/admin/sections";

    @Inject
    StaffFixtures staff;

    @Inject
    SectionFixtures sections;

    private String token;

    @BeforeEach
    void editor() {
        staff.deleteAll();
        sections.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + token);
    }

    private String create(String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .post(SECTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createdSectionIsPublicAtOnce() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"world\", \"name\": \"World\", \"description\": \"Beyond our borders.\"}")
                .post(SECTIONS)
                .then()
                .statusCode(201)
                .header("Location", containsString(SECTIONS + "/"))
                .body("slug", equalTo("world"))
                .body("position", equalTo(10));
        given().get("/api/v1/sections/world").then().statusCode(200).body("name", equalTo("World"));
        create("{\"slug\": \"sport\", \"name\": \"Sport\"}");
        asEditor()
                .get(SECTIONS)
                .then()
                .statusCode(200)
                .body("data.slug", org.hamcrest.Matchers.contains("world", "sport"))
                .body("meta.total", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper", "two--hyphens", "-leading", "with space", "ünïcode", ""})
    void badSlugsAreFieldErrors(String slug) {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"X\"}")
                .post(SECTIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void missingAndTooLongFieldsAreExplainedForPeople() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{}")
                .post(SECTIONS)
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'name' }.message", equalTo("Is required and must not be blank"))
                .body("errors.find { it.field == 'slug' }.message", equalTo("Is required"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"world\", \"name\": \"" + "n".repeat(500) + "\"}")
                .post(SECTIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body(
                        "errors[0].message",
                        org.hamcrest.Matchers.matchesPattern("Must have a length from \\d+ to \\d+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed", "by-id", "changes"})
    void reservedSlugsAreRefused(String slug) {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"X\"}")
                .post(SECTIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", containsString("reserved"));
    }

    @Test
    void takenSlugIsConflict() {
        create("{\"slug\": \"news\", \"name\": \"News\"}");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"news\", \"name\": \"Again\"}")
                .post(SECTIONS)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndNullClearsTheDescription() {
        String id =
                create("{\"slug\": \"culture\", \"name\": \"Culture\", \"description\": \"Arts.\", \"position\": 5}");
        String path = SECTIONS + "/" + id;
        String etag = asEditor().get(path).then().statusCode(200).extract().header("ETag");
        asEditor()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"name\": \"Arts and culture\", \"description\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("name", equalTo("Arts and culture"))
                .body("slug", equalTo("culture"))
                .body("position", equalTo(5))
                .body("description", nullValue());
        asEditor()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Lost update\"}")
                .patch(path)
                .then()
                .statusCode(412);
    }

    @Test
    void deleteNeedsIfMatchAndRemovesThePublicSection() {
        String id = create("{\"slug\": \"weather\", \"name\": \"Weather\"}");
        String path = SECTIONS + "/" + id;
        asEditor().delete(path).then().statusCode(428).contentType("application/problem+json");
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .delete(path)
                .then()
                .statusCode(204);
        given().get("/api/v1/sections/weather").then().statusCode(404);
        asEditor().get(SECTIONS).then().body("data", hasSize(0));
    }
}
