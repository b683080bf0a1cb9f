package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.newsdesk.common.db.StatementCounter;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader's article is kept as sent (article_answer) and served from there by one statement, and
 * never once anything it shows has changed: the article, its authors, tags, section, media, and
 * the articles its related cards point to, including their public state now.
 */
@QuarkusTest
class StoredAnswersTest {

    private static final String PATH = "/api/v1/articles/grid-holds";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;
    private String articleId;
    private String relatedId;
    private String photo;

    @BeforeEach
    void anArticleUsingEverything() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        photo = ArticleFixtures.photo(editor, "A substation at night");
        relatedId = ArticleFixtures.draft(editor, "Power plants prepare");
        ArticleFixtures.publish(editor, relatedId).then().statusCode(200);
        articleId = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Grid holds\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                                + " \"tags\": [\"energy\"], \"leadImage\": {\"mediaId\": \"%s\"},"
                                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"Grid words.\"},"
                                + " {\"type\": \"related\", \"article\": \"power-plants-prepare\"},"
                                + " {\"type\": \"image\", \"mediaId\": \"%s\"}]}")
                        .formatted(photo, photo));
        ArticleFixtures.publish(editor, articleId).then().statusCode(200);
    }

    private RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + editor);
    }

    /** A merge patch of a staff resource, with its current ETag. */
    private void patch(String path, String json) {
        asEditor()
                .header("If-Match", asEditor().get(path).header("ETag"))
                .contentType(ContentType.JSON)
                .body(json)
                .patch(path)
                .then()
                .statusCode(200);
    }

    private String idOf(String list, String slug) {
        return asEditor().get(list).path("data.find { it.slug == '" + slug + "' }.id");
    }

    private long kept() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) db.createNativeQuery("SELECT count(*) FROM article_answer WHERE article_id = ?1")
                                .setParameter(1, UUID.fromString(articleId))
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void theFirstReaderKeepsTheAnswerAndTheNextGetsItsBytesInOneStatement() {
        StatementCounter.reset();
        byte[] first = given().get(PATH).then().statusCode(200).extract().asByteArray();
        assertEquals(3, StatementCounter.count(), "look up, build, keep");
        assertEquals(1, kept());

        StatementCounter.reset();
        var second = given().get(PATH).then().statusCode(200).extract();
        assertEquals(1, StatementCounter.count());
        assertArrayEquals(first, second.asByteArray());
        assertEquals("article-" + articleId, second.header("Surrogate-Key"));
        assertEquals(given().get(PATH).header("Last-Modified"), second.header("Last-Modified"));

        // By id too, and the same bytes.
        StatementCounter.reset();
        assertArrayEquals(
                first,
                given().get("/api/v1/articles/by-id/" + articleId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        assertEquals(1, StatementCounter.count());
    }

    @Test
    void otherRepresentationsAreBuiltAndNotKept() {
        given().get(PATH + "?include=authors&formats=html")
                .then()
                .statusCode(200)
                .body("html", equalTo(given().get(PATH + "?formats=html").path("html")));
        given().get(PATH + "?fields=headline").then().statusCode(200).body("headline", equalTo("Grid holds"));
        assertEquals(0, kept());
    }

    @Test
    void everyChangeToWhatItShowsIsSeenByTheNextReader() {
        given().get(PATH).then().statusCode(200);
        given().get(PATH).then().statusCode(200).body("authors[0].name", equalTo("Olena Petrenko"));

        patch("/api/v1/admin/authors/" + idOf("/api/v1/admin/authors", "olena-petrenko"), "{\"name\": \"Olena P.\"}");
        given().get(PATH).then().body("authors[0].name", equalTo("Olena P."));

        patch("/api/v1/admin/tags/" + idOf("/api/v1/admin/tags", "energy"), "{\"name\": \"Power\"}");
        given().get(PATH).then().body("tags[0].name", equalTo("Power"));

        patch("/api/v1/admin/sections/" + idOf("/api/v1/admin/sections", "news"), "{\"name\": \"Latest\"}");
        given().get(PATH).then().body("section.name", equalTo("Latest"));

        patch("/api/v1/admin/media/" + photo, "{\"caption\": \"Night shift at the substation.\"}");
        given().get(PATH)
                .then()
                .body("leadImage.caption", equalTo("Night shift at the substation."))
                .body("body.find { it.type == 'image' }.caption", equalTo("Night shift at the substation."));

        patch("/api/v1/admin/articles/" + relatedId, "{\"headline\": \"Power plants are ready\"}");
        given().get(PATH)
                .then()
                .body("body.find { it.type == 'related' }.article.headline", equalTo("Power plants are ready"));

        patch("/api/v1/admin/articles/" + articleId, "{\"headline\": \"Grid holds firm\"}");
        given().get(PATH).then().body("headline", equalTo("Grid holds firm"));

        String before = asEditor().get("/api/v1/admin/articles/" + articleId).path("updatedAt");
        patch("/api/v1/admin/articles/" + articleId, "{\"authors\": [\"taras-melnyk\", \"olena-petrenko\"]}");
        assertNotEquals(
                before, asEditor().get("/api/v1/admin/articles/" + articleId).path("updatedAt"));
        given().get(PATH).then().body("authors.name", equalTo(List.of("Taras Melnyk", "Olena P.")));

        // A change no service makes (an operator's SQL) is seen too: the database counts it.
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE tag SET name = 'Grid power' WHERE slug = 'energy'")
                        .executeUpdate());
        given().get(PATH).then().body("tags[0].name", equalTo("Grid power"));
        assertEquals(1, kept());
    }

    @Test
    void aWithdrawnArticleAndAWithdrawnCardAreNeverServedFromWhatWasKept() {
        given().get(PATH).then().statusCode(200).body("body.findAll { it.type == 'related' }", hasSize(1));

        asEditor()
                .post("/api/v1/admin/articles/" + relatedId + "/unpublish")
                .then()
                .statusCode(200);
        given().get(PATH).then().statusCode(200).body("body.findAll { it.type == 'related' }", hasSize(0));
        given().get("/api/v1/articles/by-id/" + articleId)
                .then()
                .body("body.findAll { it.type == 'related' }", hasSize(0));

        asEditor()
                .post("/api/v1/admin/articles/" + articleId + "/unpublish")
                .then()
                .statusCode(200);
        given().get(PATH).then().statusCode(404);
        given().get("/api/v1/articles/by-id/" + articleId).then().statusCode(404);
    }

    @Test
    void aCardAppearsWhenItsArticlesTimeComesThoughNoRowChanges() throws InterruptedException {
        // Published, but public only from a moment from now: nothing is written when it comes.
        Instant soon = Instant.now().plusSeconds(2);
        content.setPublishedAt(relatedId, soon);
        given().get(PATH).then().statusCode(200).body("body.findAll { it.type == 'related' }", hasSize(0));
        given().get(PATH).then().body("body.findAll { it.type == 'related' }", hasSize(0));
        assertEquals(1, kept());

        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 200);
        given().get(PATH).then().body("body.findAll { it.type == 'related' }", hasSize(1));
    }

    @Test
    void anAnswerOfAnotherBuildIsNeverServed() {
        given().get(PATH).then().statusCode(200).body("headline", equalTo("Grid holds"));
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE article_answer SET build = 'an-older-release',"
                                + " document = convert_to('{\"headline\": \"Old\"}', 'UTF8')")
                        .executeUpdate());
        given().get(PATH).then().statusCode(200).body("headline", equalTo("Grid holds"));
    }
}
