package com.newsdesk.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Articles as IPTC ninjs 2.2, validated against a JSON Schema that states IPTC's rules for every
 * property Newsdesk emits (src/test/resources/ninjs): names and types, uri required, nothing else.
 */
@QuarkusTest
class NinjsTest {

    static final String NINJS = "application/ninjs+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = NinjsTest.class.getResourceAsStream("/ninjs/ninjs-2.2-newsdesk.schema.json")) {
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    /** The schema's complaints about a document, formats (uri, date-time) asserted. */
    static List<String> violations(String document) {
        return schema
                .validate(
                        document,
                        InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream()
                .map(Object::toString)
                .toList();
    }

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private static String ninjs(String slug) {
        return given().get("/api/v1/articles/" + slug + "/ninjs")
                .then()
                .statusCode(200)
                .contentType(NINJS)
                .extract()
                .asString();
    }

    @Test
    void everyKindOfArticleIsValidNinjs() {
        FullArticle full = FullArticle.publish(editor, "Grid holds through the coldest night");
        String plain = ArticleFixtures.draft(editor, "Power plants prepare");
        ArticleFixtures.publish(editor, plain).then().statusCode(200);
        String photo = ArticleFixtures.photo(editor, "A substation at night");
        String byUrl = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Депо відкрили знову\", \"language\": \"uk\", \"section\": \"news\", \"authors\": [\"taras-melnyk\"],"
                                + " \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Трамваї їдуть.\"}]}")
                        .formatted(photo));
        ArticleFixtures.publish(editor, byUrl).then().statusCode(200);
        for (String slug : List.of(full.slug(), "power-plants-prepare", "depo-vidkryly-znovu")) {
            String document = ninjs(slug);
            assertEquals(List.of(), violations(document), slug + ": " + document);
        }
        JsonPath uk = JsonPath.from(ninjs("depo-vidkryly-znovu"));
        assertEquals("uk", uk.getString("language"));
        assertEquals("original", uk.getString("associations[0].renditions[0].name"));
        assertEquals("https://cdn.newsroom.example/substation.jpg", uk.getString("associations[0].renditions[0].href"));
    }

    @Test
    void theArticleSaysEverythingInIptcsNames() {
        FullArticle full = FullArticle.publish(editor, "Grid holds through the coldest night");
        JsonPath doc = JsonPath.from(ninjs(full.slug()));
        assertTrue(doc.getString("uri").endsWith("/api/v1/articles/by-id/" + full.id()), doc.getString("uri"));
        assertEquals("text", doc.getString("type"));
        assertEquals("usable", doc.getString("pubstatus"));
        assertEquals("2.2", doc.getString("standard.version"));
        assertEquals("en", doc.getString("language"));
        assertEquals(
                "Grid holds through the coldest night", doc.getString("headlines.find { it.role == 'main' }.value"));
        assertEquals("Energy", doc.getString("headlines.find { it.role == 'kicker' }.value"));
        assertEquals(
                "The network held at minus 20.", doc.getString("descriptions.find { it.role == 'summary' }.value"));
        assertEquals("Olena Petrenko and Taras Melnyk", doc.getString("by"));
        assertEquals(List.of("Olena Petrenko", "Taras Melnyk"), doc.getList("people.name"));
        assertEquals("KYIV", doc.getString("located"));
        assertEquals(List.of("news", "energy", "winter"), doc.getList("subjects.literal"));
        assertEquals(List.of("section", "tag", "tag"), doc.getList("subjects.rel"));
        assertTrue(doc.getString("copyrightnotice").startsWith("Copyright 2026 "), doc.getString("copyrightnotice"));
        String text = doc.getString("bodies.find { it.contenttype == 'text/plain' }.value");
        assertTrue(text.contains("The grid held through the night.") && text.contains("Repairs went on until dawn."));
        assertEquals(text.length(), doc.getInt("bodies.find { it.contenttype == 'text/plain' }.charcount"));
        assertEquals(11, doc.getInt("bodies.find { it.contenttype == 'text/plain' }.wordcount"));
        assertTrue(doc.getString("bodies.find { it.contenttype == 'text/html' }.value")
                .contains("<p>Repairs went on until dawn.</p>"));
        assertNotNull(doc.getString("firstcreated"));
        assertNotNull(doc.getString("versioncreated"));

        Map<String, Object> picture = doc.getMap("associations.find { it.name == 'featuremedia' }");
        assertEquals("picture", picture.get("type"));
        assertTrue(((String) picture.get("uri")).endsWith("/api/v1/media/" + full.photo()));
        assertEquals("(c) Newsroom Photo", picture.get("copyrightnotice"));
        JsonPath image = JsonPath.from(doc.prettify()).setRootPath("associations.find { it.name == 'featuremedia' }");
        assertEquals(
                "Engineers check a transformer after the frost.",
                image.getString("descriptions.find { it.role == 'caption' }.value"));
        assertEquals(
                "Iryna Koval/Newsroom Photo", image.getString("descriptions.find { it.role == 'creditline' }.value"));
        List<Map<String, Object>> renditions = image.getList("renditions");
        assertTrue(renditions.size() >= 8, "ladder and crops: " + renditions);
        for (Map<String, Object> rendition : renditions) {
            for (String property : List.of("name", "href", "contenttype", "width", "height", "sizeinbytes")) {
                assertNotNull(rendition.get(property), property + " of " + rendition);
            }
        }
        assertTrue(image.getList("renditions.name")
                .containsAll(List.of("crop-16x9-jpeg", "crop-4x3-jpeg", "crop-1x1-webp")));
        assertTrue(image.getList("renditions.contenttype").containsAll(List.of("image/jpeg", "image/webp")));

        JsonPath audio = JsonPath.from(doc.prettify()).setRootPath("associations.find { it.name == 'audio' }");
        assertEquals("audio", audio.getString("type"));
        assertEquals(
                "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
                audio.getString("digitalsourcetype.uri"));
        assertEquals("audio/mpeg", audio.getString("renditions[0].contenttype"));
        assertTrue(audio.getInt("renditions[0].sizeinbytes") > 0);
        assertEquals(
                "This audio is created with AI assistance",
                audio.getString("descriptions.find { it.role == 'disclosure' }.value"));
    }

    @Test
    void acceptChoosesNinjsOnTheArticlesOwnAddress() {
        FullArticle full = FullArticle.publish(editor, "Grid holds");
        String direct = ninjs(full.slug());
        for (String accept : List.of(NINJS, "application/ninjs+json, application/json;q=0.5")) {
            String negotiated = given().accept(accept)
                    .get("/api/v1/articles/" + full.slug())
                    .then()
                    .statusCode(200)
                    .contentType(NINJS)
                    .header("Vary", containsString("Accept"))
                    .extract()
                    .asString();
            assertEquals(direct, negotiated, accept);
        }
        for (String accept : List.of("application/json", "*/*", "application/json, application/ninjs+json;q=0.5")) {
            given().accept(accept)
                    .get("/api/v1/articles/" + full.slug())
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("Vary", containsString("Accept"))
                    .body("slug", equalTo(full.slug()))
                    .body("$", not(org.hamcrest.Matchers.hasKey("uri")));
        }
        given().get("/api/v1/articles/" + full.slug() + "/related").then().statusCode(200);
    }

    @Test
    void aKilledArticleIsCanceledWithItsNoticeAndNothingItSaid() {
        String id = ArticleFixtures.draft(editor, "Grid holds");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .body("{\"notice\": \"Withdrawn following a court order.\"}")
                .post("/api/v1/admin/articles/" + id + "/kill")
                .then()
                .statusCode(200);
        String document = ninjs("grid-holds");
        assertEquals(List.of(), violations(document), document);
        JsonPath doc = JsonPath.from(document);
        assertEquals("canceled", doc.getString("pubstatus"));
        assertEquals("Withdrawn following a court order.", doc.getString("ednote"));
        assertTrue(doc.getString("uri").endsWith("/api/v1/articles/by-id/" + id));
        for (String gone : List.of("headlines", "bodies", "descriptions", "by", "people", "subjects", "associations")) {
            assertFalse(doc.getMap("$").containsKey(gone), gone + " in " + document);
        }
        assertFalse(document.contains("Grid holds"), document);
        given().get("/api/v1/articles/grid-holds").then().statusCode(410);
    }

    @Test
    void draftsAndUnknownSlugsAre404AndAFormerSlugMoves() {
        String draft = ArticleFixtures.draft(editor, "Not yet");
        given().get("/api/v1/articles/not-yet/ninjs").then().statusCode(404).contentType("application/problem+json");
        given().accept(NINJS).get("/api/v1/articles/not-yet").then().statusCode(404);
        given().auth()
                .oauth2(editor)
                .post("/api/v1/admin/articles/" + draft + "/kill")
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/not-yet/ninjs").then().statusCode(404); // never public: nothing to cancel

        String id = ArticleFixtures.draft(editor, "Grid holds");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().auth()
                .oauth2(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType(ContentType.JSON)
                .body("{\"slug\": \"grid-holds-firm\"}")
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        given().redirects()
                .follow(false)
                .get("/api/v1/articles/grid-holds/ninjs")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/articles/grid-holds-firm/ninjs"));
    }

    @Test
    void theVersionGrowsWithEveryEdit() {
        String id = ArticleFixtures.draft(editor, "Grid holds");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        long before = Long.parseLong(JsonPath.from(ninjs("grid-holds")).getString("version"));
        given().auth()
                .oauth2(editor)
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .contentType(ContentType.JSON)
                .body("{\"standfirst\": \"Now with a standfirst.\"}")
                .patch("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200);
        JsonPath after = JsonPath.from(ninjs("grid-holds"));
        assertTrue(Long.parseLong(after.getString("version")) > before, after.getString("version"));
        assertEquals("Now with a standfirst.", after.getString("descriptions.find { it.role == 'summary' }.value"));
    }

    @Test
    void theSchemaRefusesWhatIptcRefuses() throws Exception {
        FullArticle full = FullArticle.publish(editor, "Grid holds");
        ObjectNode valid = (ObjectNode) JSON.readTree(ninjs(full.slug()));
        assertEquals(List.of(), violations(valid.toString()));

        ObjectNode noUri = valid.deepCopy();
        noUri.remove("uri");
        ObjectNode wrongType = valid.deepCopy();
        wrongType.set("version", IntNode.valueOf(3)); // a string in ninjs
        ObjectNode unknown = valid.deepCopy();
        unknown.put("slug", "grid-holds"); // not a ninjs property
        ObjectNode badStatus = valid.deepCopy();
        badStatus.put("pubstatus", "published");
        ObjectNode badDate = valid.deepCopy();
        badDate.put("versioncreated", "yesterday");
        ObjectNode associationWithoutName = valid.deepCopy();
        ((ObjectNode) associationWithoutName.get("associations").get(0)).remove("name");
        ObjectNode unknownInRendition = valid.deepCopy();
        JsonNode rendition =
                unknownInRendition.get("associations").get(0).get("renditions").get(0);
        ((ObjectNode) rendition).put("url", "https://example.org/x.jpg"); // ninjs says href
        for (ObjectNode broken :
                List.of(noUri, wrongType, unknown, badStatus, badDate, associationWithoutName, unknownInRendition)) {
            assertFalse(violations(broken.toString()).isEmpty(), "accepted: " + broken);
        }
    }

    @Test
    void answersCarryAnEtagAndTheArticlesKey() {
        FullArticle full = FullArticle.publish(editor, "Grid holds");
        var answer = given().get("/api/v1/articles/" + full.slug() + "/ninjs");
        answer.then().statusCode(200).header("Surrogate-Key", containsString("article-" + full.id()));
        given().header("If-None-Match", answer.header("ETag"))
                .get("/api/v1/articles/" + full.slug() + "/ninjs")
                .then()
                .statusCode(304);
        assertTrue(answer.jsonPath().getList("people.uri").stream()
                .allMatch(uri -> uri.toString().contains("/api/v1/authors/")));
        assertTrue(answer.jsonPath().getList("subjects.name").containsAll(List.of("News", "Energy")));
        answer.then().body("subjects.uri", hasItems(endsWith("/api/v1/tags/energy")));
    }
}
