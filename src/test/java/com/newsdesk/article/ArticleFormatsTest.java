package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** formats=: the body is sent once by default (as blocks), and in the representations asked for. */
@QuarkusTest
class ArticleFormatsTest {

    /** Ghost 5's answer for a post of about 640 words, in bytes: the peer the issue measures against. */
    private static final double GHOST_BYTES_PER_WORD = 8_731 / 640.0;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String id;

    @BeforeEach
    void aLongArticle() {
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        String photo = ArticleFixtures.photo(editor, "Engineers at a substation");
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 64; w++) {
                words.append(w == 0 ? "" : " ")
                        .append(w % 7 == 0 ? "operators" : "grid")
                        .append(p);
            }
            paragraphs.add("{\"type\": \"paragraph\", \"text\": \"" + words + ".\"}");
        }
        id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Six hundred and forty words\", \"standfirst\": \"A long night on the grid.\","
                                + " \"authors\": [\"olena-petrenko\"], \"section\": \"news\", \"tags\": [\"energy\"],"
                                + " \"leadImage\": {\"mediaId\": \"%s\"}, \"body\": [%s]}")
                        .formatted(photo, String.join(", ", paragraphs)));
        ArticleFixtures.publish(editor, id).then().statusCode(200);
    }

    @Test
    void byDefaultTheBodyComesOnceAsBlocks() {
        given().get("/api/v1/articles/six-hundred-and-forty-words")
                .then()
                .statusCode(200)
                .body("body.size()", equalTo(10))
                .body("$", not(hasKey("html")))
                .body("$", not(hasKey("text")));
    }

    @Test
    void formatsChoosesTheRepresentations() {
        given().queryParam("formats", "html")
                .get("/api/v1/articles/six-hundred-and-forty-words")
                .then()
                .statusCode(200)
                .body("html", startsWith("<p>operators0 grid0 grid0"))
                .body("$", not(hasKey("body")))
                .body("$", not(hasKey("text")));
        given().queryParam("formats", "text, BLOCKS")
                .get("/api/v1/articles/by-id/" + id)
                .then()
                .statusCode(200)
                .body("text", startsWith("operators0 grid0"))
                .body("body.size()", equalTo(10))
                .body("$", not(hasKey("html")));
    }

    @Test
    void anUnknownFormatIsABadRequestAtFormats() {
        for (String formats : List.of("pdf", "html,amp", ",")) {
            given().queryParam("formats", formats)
                    .get("/api/v1/articles/six-hundred-and-forty-words")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("formats"))
                    .body("errors[0].message", equalTo("Must be a comma-separated list of: blocks, html, text"));
        }
    }

    @Test
    void theDefaultAnswerIsAtMostHalfAgainGhostsBytesPerWord() {
        int defaultBytes = given().get("/api/v1/articles/six-hundred-and-forty-words")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray()
                .length;
        int allBytes = given().queryParam("formats", "blocks,html,text")
                .get("/api/v1/articles/six-hundred-and-forty-words")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray()
                .length;
        double budget = 1.5 * GHOST_BYTES_PER_WORD * 640;
        assertTrue(defaultBytes <= budget, defaultBytes + " bytes for 640 words, budget " + (int) budget);
        assertTrue(
                defaultBytes * 2 < allBytes, "the body is not sent three times: " + defaultBytes + " vs " + allBytes);
    }
}
