package com.newsdesk.syndication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** schema.org NewsArticle JSON-LD, property by property, as Google's Article documentation lists them. */
@QuarkusTest
class JsonLdTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;

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

    private static JsonPath jsonLd(String slug) {
        return given().get("/api/v1/articles/" + slug + "/jsonld")
                .then()
                .statusCode(200)
                .contentType("application/ld+json")
                .extract()
                .jsonPath();
    }

    @Test
    void aNewsArticleWithEveryPropertyGoogleReads() {
        FullArticle full = FullArticle.publish(editor, "Grid holds through the coldest night");
        JsonPath doc = jsonLd(full.slug());
        assertEquals("https://schema.org", doc.getString("'@context'"));
        assertEquals("NewsArticle", doc.getString("'@type'"));
        assertEquals("Grid holds through the coldest night", doc.getString("headline"));
        assertEquals("http://localhost:8080/articles/" + full.slug(), doc.getString("mainEntityOfPage.'@id'"));

        List<String> images = doc.getList("image");
        assertEquals(3, images.size(), images.toString());
        Map<String, Object> crops = given().auth()
                .oauth2(editor)
                .get("/api/v1/admin/media/" + full.photo())
                .jsonPath()
                .getMap("crops.findAll { it.format == 'jpeg' }.collectEntries { [it.ratio, it.url] }");
        assertEquals(List.of(crops.get("16:9"), crops.get("4:3"), crops.get("1:1")), images);

        for (String date : List.of("datePublished", "dateModified")) {
            String value = doc.getString(date);
            assertTrue(value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$"), date + " without zone: " + value);
            OffsetDateTime.parse(value);
        }
        assertEquals(
                given().get("/api/v1/articles/" + full.slug())
                        .path("publishedAt")
                        .toString()
                        .substring(0, 19),
                doc.getString("datePublished").substring(0, 19));

        assertEquals(List.of("Person", "Person"), doc.getList("author.'@type'"));
        assertEquals(List.of("Olena Petrenko", "Taras Melnyk"), doc.getList("author.name"));
        assertEquals(
                List.of("http://localhost:8080/authors/olena-petrenko", "http://localhost:8080/authors/taras-melnyk"),
                doc.getList("author.url"));
        assertEquals("NewsMediaOrganization", doc.getString("publisher.'@type'"));
        assertEquals("Newsdesk", doc.getString("publisher.name"));
        assertEquals("http://localhost:8080/logo.png", doc.getString("publisher.logo.url"));
        assertTrue(doc.getBoolean("isAccessibleForFree"));
        assertEquals("en", doc.getString("inLanguage"));
        assertEquals("KYIV", doc.getString("dateline"));
        assertEquals("News", doc.getString("articleSection"));
        assertFalse(doc.getMap("$").containsKey("correction"), "no correction yet");
    }

    @Test
    void correctionsAreCorrectionComments() {
        String id = ArticleFixtures.draft(editor, "Grid holds");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        given().auth()
                .oauth2(editor)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"correction\", \"text\": \"An earlier version gave the wrong date.\"}")
                .post("/api/v1/admin/articles/" + id + "/corrections")
                .then()
                .statusCode(201);
        JsonPath doc = jsonLd("grid-holds");
        assertEquals(List.of("CorrectionComment"), doc.getList("correction.'@type'"));
        assertEquals(List.of("An earlier version gave the wrong date."), doc.getList("correction.text"));
        OffsetDateTime.parse(doc.getString("correction[0].datePublished"));
        assertEquals("Olena Petrenko", doc.getString("author[0].name"));
        assertFalse(doc.getMap("$").containsKey("image"), "no lead image, no image");
    }

    @Test
    void anImageByUrlIsTheImageAndKilledOrDraftArticlesHaveNone() {
        String photo = ArticleFixtures.photo(editor, "A substation");
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Grid holds\", \"section\": \"news\", \"authors\": [\"taras-melnyk\"],"
                                + " \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}")
                        .formatted(photo));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        assertEquals(
                List.of("https://cdn.newsroom.example/substation.jpg"),
                jsonLd("grid-holds").getList("image"));

        given().auth()
                .oauth2(editor)
                .post("/api/v1/admin/articles/" + id + "/kill")
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/grid-holds/jsonld")
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        ArticleFixtures.draft(editor, "Not yet");
        given().get("/api/v1/articles/not-yet/jsonld").then().statusCode(404).contentType("application/problem+json");
    }
}
