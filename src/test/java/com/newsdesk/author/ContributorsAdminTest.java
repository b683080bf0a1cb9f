package com.newsdesk.author;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media items, tags and authors through the staff API, read back through the public one. */
@QuarkusTest
class ContributorsAdminTest {

    @Inject
    StaffFixtures staff;

    @Inject
    EntityManager db;

    private String token;

    @BeforeEach
    @Transactional
    void cleanSlate() {
        db.createNativeQuery("DELETE FROM article").executeUpdate();
        db.createNativeQuery("DELETE FROM author").executeUpdate();
        db.createNativeQuery("DELETE FROM tag").executeUpdate();
        db.createNativeQuery("DELETE FROM media").executeUpdate();
    }

    @BeforeEach
    void editor() {
        staff.deleteAll();
        token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + token);
    }

    private String post(String path, String body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private ValidatableResponse patch(String path, String body) {
        return asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType("application/merge-patch+json")
                .body(body)
                .patch(path)
                .then();
    }

    private static final String PHOTO = """
            {"kind": "image", "url": "https://cdn.newsroom.example/harbour.jpg", "mimeType": "image/jpeg",
             "width": 1600, "height": 900, "alt": "Boats in a harbour", "caption": "The harbour at dawn.",
             "credit": "Iryna Koval/Newsroom Photo"}""";

    @Test
    void mediaKeepsCaptionCreditAndAltApartAndPublicCanReadIt() {
        String id = post("/api/v1/admin/media", PHOTO);
        given().get("/api/v1/media/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("image"))
                .body("width", equalTo(1600))
                .body("caption", equalTo("The harbour at dawn."))
                .body("credit", equalTo("Iryna Koval/Newsroom Photo"))
                .body("alt", equalTo("Boats in a harbour"))
                .body("durationSeconds", nullValue());
        String path = "/api/v1/admin/media/" + id;
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType("application/merge-patch+json")
                .body("{\"credit\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("credit", nullValue())
                .body("caption", equalTo("The harbour at dawn."));
    }

    @Test
    void aMediaPatchKeepsTheKindAndTheRulesAcrossFields() {
        String path = "/api/v1/admin/media/" + post("/api/v1/admin/media", PHOTO);
        patch(path, "{\"kind\": \"audio\", \"caption\": \"Boats at dawn.\"}")
                .statusCode(200)
                .body("kind", equalTo("image"))
                .body("caption", equalTo("Boats at dawn."));
        patch(path, "{\"url\": null}").statusCode(400).body("errors[0].field", equalTo("url"));
        patch(path, "{\"mimeType\": \"audio/mpeg\"}").statusCode(400).body("errors[0].field", equalTo("mimeType"));
        patch(path, "{\"width\": null}").statusCode(400).body("errors[0].field", equalTo("width"));
        patch(path, "{\"width\": null, \"height\": null}")
                .statusCode(200)
                .body("width", nullValue())
                .body("height", nullValue());
    }

    @Test
    void mediaFieldsMustFitTheKind() {
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"image\", \"url\": \"https://cdn.example/a.mp3\", \"mimeType\": \"audio/mpeg\","
                        + " \"durationSeconds\": 60, \"width\": 10}")
                .post("/api/v1/admin/media")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("mimeType", "durationSeconds", "height"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"video\", \"url\": \"javascript:alert(1)\", \"mimeType\": \"image/png\"}")
                .post("/api/v1/admin/media")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"image\", \"url\": \"javascript:alert(1)\", \"mimeType\": \"image/png\"}")
                .post("/api/v1/admin/media")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void authorsShowTheirAvatarAndAMediaItemInUseCannotBeDeleted() {
        String photo = post("/api/v1/admin/media", PHOTO);
        post(
                "/api/v1/admin/authors",
                "{\"slug\": \"olena-petrenko\", \"name\": \"Olena Petrenko\", \"title\": \"Energy correspondent\","
                        + " \"avatarId\": \"" + photo + "\","
                        + " \"socialLinks\": [{\"network\": \"mastodon\", \"url\": \"https://mastodon.social/@olena\"}]}");
        given().get("/api/v1/authors/olena-petrenko")
                .then()
                .statusCode(200)
                .body("name", equalTo("Olena Petrenko"))
                .body("title", equalTo("Energy correspondent"))
                .body("avatar.url", equalTo("https://cdn.newsroom.example/harbour.jpg"))
                .body("socialLinks[0].network", equalTo("mastodon"));
        String path = "/api/v1/admin/media/" + photo;
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .delete(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 authors"));
    }

    @Test
    void anAuthorPatchChecksANewAvatarAndNullClears() {
        String photo = post("/api/v1/admin/media", PHOTO);
        String audio = post(
                "/api/v1/admin/media",
                "{\"kind\": \"audio\", \"url\": \"https://cdn.example/a.mp3\", \"mimeType\": \"audio/mpeg\"}");
        String path = "/api/v1/admin/authors/"
                + post(
                        "/api/v1/admin/authors",
                        "{\"slug\": \"olena-petrenko\", \"name\": \"Olena Petrenko\", \"title\": \"Correspondent\","
                                + " \"socialLinks\": [{\"network\": \"mastodon\", \"url\": \"https://mastodon.social/@olena\"}]}");
        patch(path, "{\"avatarId\": \"" + audio + "\"}").statusCode(400).body("errors[0].field", equalTo("avatarId"));
        patch(path, "{\"name\": null}").statusCode(400).body("errors[0].field", equalTo("name"));
        patch(path, "{\"avatarId\": \"" + photo + "\", \"title\": null, \"socialLinks\": null}")
                .statusCode(200)
                .body("name", equalTo("Olena Petrenko"))
                .body("avatarId", equalTo(photo))
                .body("title", nullValue())
                .body("socialLinks", org.hamcrest.Matchers.empty());
    }

    @Test
    void anAvatarMustBeAnImage() {
        String audio = post(
                "/api/v1/admin/media",
                "{\"kind\": \"audio\", \"url\": \"https://cdn.example/a.mp3\", \"mimeType\": \"audio/mpeg\", \"durationSeconds\": 64}");
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"desk\", \"name\": \"News desk\", \"avatarId\": \"" + audio + "\"}")
                .post("/api/v1/admin/authors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("avatarId"));
    }

    @Test
    void tagsAreListedByNameAndReadBySlug() {
        post("/api/v1/admin/tags", "{\"slug\": \"energy\", \"name\": \"Energy\"}");
        post(
                "/api/v1/admin/tags",
                "{\"slug\": \"agriculture\", \"name\": \"Agriculture\", \"description\": \"Farms.\"}");
        given().get("/api/v1/tags").then().statusCode(200).body("data.slug", contains("agriculture", "energy"));
        given().get("/api/v1/tags/agriculture").then().statusCode(200).body("description", equalTo("Farms."));
        given().get("/api/v1/tags/none").then().statusCode(404).contentType("application/problem+json");
        // A name with a line break (stored before names had to be one line) still pages: cursor
        // keys are encoded one by one.
        post("/api/v1/admin/tags", "{\"slug\": \"two-lines\", \"name\": \"Bread and salt\"}");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery(
                                "UPDATE tag SET name = 'Bread' || chr(10) || 'and salt' WHERE slug = 'two-lines'")
                        .executeUpdate());
        String cursor = given().queryParam("limit", 1)
                .get("/api/v1/tags")
                .then()
                .extract()
                .path("meta.nextCursor");
        String second = given().queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .extract()
                .path("meta.nextCursor");
        given().queryParam("limit", 1)
                .queryParam("cursor", second)
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body("data.slug", contains("energy"));
        asEditor()
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"energy\", \"name\": \"Again\"}")
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(409);
    }
}
