package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.common.openapi.SchemaCheck;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every field of the article input, as the OpenAPI document lists it, is written, returned to
 * staff and to the public under the same name, and patchable; every field the three article views
 * return is in their schema. A field added to the input but not wired through fails here without
 * this test being touched: it reads the fields from the document, not from a list of its own.
 */
@QuarkusTest
class ArticleFieldRoundTripTest {

    /** Input fields that name other things (or the article itself): their values come from fixtures. */
    private static final Set<String> NAMED =
            Set.of("slug", "section", "authors", "tags", "body", "leadImage", "audio", "translationOf");

    /** Input fields for staff only: returned to staff, and absent from every public answer. */
    private static final Set<String> STAFF_ONLY = Set.of("editorNote", "translationOf");

    /** The article the round-trip article translates. */
    private static String original;

    private static final String URL_PATTERN = "^https?://[^\\s]+$";
    private static final String LANGUAGE_PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;
    private SchemaCheck schemas;

    @BeforeEach
    void basics() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        schemas = SchemaCheck.served();
    }

    @Test
    void everyInputFieldIsStoredReturnedAndPatchableAndEveryReturnedFieldIsDocumented() {
        String photo = ArticleFixtures.photo(editor, "Engineers at a substation");
        String narration = ArticleFixtures.post(
                editor,
                "/api/v1/admin/media",
                "{\"kind\": \"audio\", \"url\": \"https://cdn.newsroom.example/narration.mp3\","
                        + " \"mimeType\": \"audio/mpeg\", \"durationSeconds\": 61}");
        original = ArticleFixtures.draft(editor, "The original");
        ArticleFixtures.publish(editor, original).then().statusCode(200);
        Map<String, Object> properties = property(schemas.schema("NewArticle"), "properties");
        Map<String, Object> input = new LinkedHashMap<>();
        for (String field : properties.keySet()) {
            input.put(field, value(field, property(properties, field), photo, narration, "written"));
        }
        String id = given().header("Authorization", "Bearer " + editor)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ArticleFixtures.publish(editor, id).then().statusCode(200);

        Map<String, Object> admin = adminView(id);
        Map<String, Object> reader = given().get(
                        "/api/v1/articles/{slug}?include=authors,audio&formats=blocks,html,text", input.get("slug"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        List<String> missing = new ArrayList<>();
        input.forEach((field, sent) -> {
            missing.addAll(compare("staff view", field, sent, admin.get(field), false));
            if (STAFF_ONLY.contains(field)) {
                if (reader.containsKey(field)) {
                    missing.add("public view " + field + ": for staff only, but readers got it");
                }
            } else {
                missing.addAll(compare("public view", field, sent, reader.get(field), true));
            }
        });
        assertEquals(List.of(), missing, "fields written but not returned as written");

        Map<String, Object> patch = new LinkedHashMap<>();
        properties.forEach((field, schema) -> {
            if (!NAMED.contains(field) && plain((Map<String, Object>) schema)) {
                patch.put(field, value(field, (Map<String, Object>) schema, photo, narration, "patched"));
            }
        });
        given().header("Authorization", "Bearer " + editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        Map<String, Object> patched = adminView(id);
        patch.forEach((field, sent) -> assertEquals(sent, patched.get(field), field + " is not patchable"));

        List<Map<String, Object>> list = given().get("/api/v1/articles?limit=5")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data");
        List<String> undocumented = new ArrayList<>();
        undocumented.addAll(schemas.violations(patched, "ArticleAdmin"));
        undocumented.addAll(schemas.violations(reader, "Article"));
        undocumented.addAll(schemas.violations(list.get(0), "ArticleSummary"));
        assertEquals(List.of(), undocumented, "answers that break their OpenAPI schema");
        assertTrue(properties.size() >= 14, "the input schema lost fields: " + properties.keySet());
    }

    /** A value the input's rules accept; references to the fixtures for the fields that name things. */
    private static Object value(String field, Map<String, Object> schema, String photo, String audio, String round) {
        return switch (field) {
            case "slug" -> "round-trip";
            case "section" -> "news";
            case "authors" -> List.of("olena-petrenko", "taras-melnyk");
            case "tags" -> List.of("winter", "energy");
            case "body" -> List.of(Map.of("type", "paragraph", "text", "Every field goes in and comes out."));
            case "leadImage" -> Map.of("mediaId", photo, "caption", "Caption " + round, "credit", "Credit/" + round);
            case "audio" -> Map.of("mediaId", audio, "aiAssisted", true, "disclosure", "Narrated, " + round);
            case "translationOf" -> original;
            case "liveFrom" -> "written".equals(round) ? "2026-12-01T06:00:00Z" : "2026-12-02T06:00:00Z";
            case "liveUntil" -> "written".equals(round) ? "2026-12-01T08:00:00Z" : "2026-12-02T08:00:00Z";
            default -> plainValue(field, schema, round);
        };
    }

    private static Object plainValue(String field, Map<String, Object> schema, String round) {
        Object pattern = schema.get("pattern");
        if (URL_PATTERN.equals(pattern)) {
            return "https://site.example/" + round + "/" + field;
        }
        if (LANGUAGE_PATTERN.equals(pattern)) {
            return "written".equals(round) ? "uk" : "en-GB";
        }
        return switch (type(schema)) {
            case "string" -> field + " " + round;
            case "integer" -> "written".equals(round) ? 7 : 8;
            case "boolean" -> "written".equals(round);
            default ->
                throw new AssertionError(
                        "The round-trip test does not know how to fill " + field + " (" + schema + "); teach value()");
        };
    }

    /** A field whose value is stored and returned as given: text, numbers, truth values. */
    private static boolean plain(Map<String, Object> schema) {
        return !schema.containsKey("$ref")
                && List.of("string", "integer", "boolean").contains(type(schema));
    }

    /** The schema's type; for a field that may also be null ({@code ["string", "null"]}), the other one. */
    private static String type(Map<String, Object> schema) {
        if (schema.get("type") instanceof List<?> types) {
            return types.stream()
                    .map(String::valueOf)
                    .filter(type -> !type.equals("null"))
                    .findFirst()
                    .orElse("null");
        }
        return String.valueOf(schema.get("type"));
    }

    /** Why the returned value is not the one sent; empty when it is. */
    @SuppressWarnings("unchecked")
    private static List<String> compare(String view, String field, Object sent, Object returned, boolean reader) {
        String where = view + " " + field;
        Object expected = sent;
        Object actual = returned;
        switch (field) {
            case "authors", "tags" -> actual = returned == null ? null : slugs((List<Map<String, Object>>) returned);
            case "section" -> actual = returned == null ? null : ((Map<String, Object>) returned).get("slug");
            case "body" -> {
                expected = ((List<Map<String, Object>>) sent).get(0).get("text");
                actual = returned == null
                        ? null
                        : ((List<Map<String, Object>>) returned).get(0).get("text");
            }
            case "leadImage", "audio" -> {
                Map<String, Object> object = (Map<String, Object>) returned;
                Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) sent);
                if (reader) {
                    // Readers get the media itself: the image under its own id, the audio by URL.
                    Object mediaId = fields.remove("mediaId");
                    if ("leadImage".equals(field)) {
                        fields.put("id", mediaId);
                    }
                }
                List<String> wrong = new ArrayList<>();
                fields.forEach((key, value) -> {
                    if (object == null || !value.equals(object.get(key))) {
                        wrong.add(where + "." + key + ": sent " + value + ", got "
                                + (object == null ? null : object.get(key)));
                    }
                });
                return wrong;
            }
            default -> {}
        }
        return expected.equals(actual) ? List.of() : List.of(where + ": sent " + expected + ", got " + actual);
    }

    private static List<Object> slugs(List<Map<String, Object>> refs) {
        return refs.stream().map(ref -> ref.get("slug")).toList();
    }

    private Map<String, Object> adminView(String id) {
        return given().header("Authorization", "Bearer " + editor)
                .get("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String name) {
        return (Map<String, Object>) schema.get(name);
    }
}
