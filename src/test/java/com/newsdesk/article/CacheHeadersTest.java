package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Last-Modified and If-Modified-Since on articles; surrogate keys on everything that shows articles. */
@QuarkusTest
class CacheHeadersTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String id;

    @BeforeEach
    void oneArticle() {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        id = ArticleFixtures.draft(editor, "Cached story");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
    }

    @Test
    void anArticleAnswersIfModifiedSince() {
        String lastModified = given().get("/api/v1/articles/cached-story")
                .then()
                .statusCode(200)
                .header("Last-Modified", notNullValue())
                .header("Surrogate-Key", "article-" + id)
                .header("Cache-Tag", "article-" + id)
                .extract()
                .header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .get("/api/v1/articles/cached-story")
                .then()
                .statusCode(304);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .minusSeconds(1)
                        .withZoneSameInstant(ZoneOffset.UTC));
        given().header("If-Modified-Since", earlier)
                .get("/api/v1/articles/cached-story")
                .then()
                .statusCode(200);
        // If-None-Match wins over If-Modified-Since.
        given().header("If-Modified-Since", lastModified)
                .header("If-None-Match", "\"other\"")
                .get("/api/v1/articles/cached-story")
                .then()
                .statusCode(200);
        given().header("If-Modified-Since", "not a date")
                .get("/api/v1/articles/cached-story")
                .then()
                .statusCode(200);
    }

    @Test
    void listsCarryTheKeysOfTheirArticlesButNoLastModified() {
        given().get("/api/v1/feed")
                .then()
                .statusCode(200)
                .header("Surrogate-Key", containsString("article-" + id))
                .header("Last-Modified", nullValue());
        given().get("/api/v1/articles").then().header("Surrogate-Key", containsString("article-" + id));
        given().get("/api/v1/front-page").then().header("Surrogate-Key", containsString("article-" + id));
        given().get("/api/v1/collections/more-news")
                .then()
                .header("Surrogate-Key", containsString("collection-more-news"));
    }
}
