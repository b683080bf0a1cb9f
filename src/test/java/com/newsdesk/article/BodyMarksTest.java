package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Marks on paragraphs: links never overlap, and the HTML stays well nested and linear in size. */
@QuarkusTest
class BodyMarksTest {

    private static final String ADMIN = "/api/v1/admin/articles";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    private String editor;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
    }

    private RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private String publishedWith(String headline, String paragraphJson) {
        String id = ArticleFixtures.post(
                editor,
                ADMIN,
                "{\"headline\": \"" + headline + "\", \"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"body\": [" + paragraphJson + "]}");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    @Test
    void nestedOrOverlappingLinksAreRefusedAtTheMark() {
        as(editor)
                .contentType(ContentType.JSON)
                .body(
                        "{\"headline\": \"Links\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Read the whole report\","
                                + " \"marks\": [{\"type\": \"link\", \"start\": 0, \"end\": 21, \"href\": \"https://example.org/a\"},"
                                + " {\"type\": \"bold\", \"start\": 2, \"end\": 8},"
                                + " {\"type\": \"link\", \"start\": 5, \"end\": 8, \"href\": \"https://example.org/b\"}]},"
                                + " {\"type\": \"paragraph\", \"text\": \"Overlapping links\","
                                + " \"marks\": [{\"type\": \"link\", \"start\": 0, \"end\": 6, \"href\": \"https://example.org/c\"},"
                                + " {\"type\": \"link\", \"start\": 4, \"end\": 10, \"href\": \"https://example.org/d\"}]}]}")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("body[0].marks[2]", "body[1].marks[1]"))
                .body("errors[0].message", containsString("must not overlap"));
    }

    @Test
    void boldAndItalicOverlapEachOtherAndLinksAsWellNestedHtml() {
        publishedWith(
                "Overlaps",
                "{\"type\": \"paragraph\", \"text\": \"Grid holds tonight\", \"marks\": ["
                        + "{\"type\": \"bold\", \"start\": 0, \"end\": 10}, {\"type\": \"italic\", \"start\": 5, \"end\": 18}]},"
                        + " {\"type\": \"paragraph\", \"text\": \"Read the report now\", \"marks\": ["
                        + "{\"type\": \"link\", \"start\": 5, \"end\": 15, \"href\": \"https://example.org/r?a=1&b=2\"},"
                        + " {\"type\": \"bold\", \"start\": 0, \"end\": 8}]}");
        given().queryParam("formats", "html")
                .get("/api/v1/articles/overlaps")
                .then()
                .statusCode(200)
                .body(
                        "html",
                        equalTo("<p><strong>Grid <em>holds</em></strong><em> tonight</em></p>"
                                + "<p><strong>Read </strong><a href=\"https://example.org/r?a=1&amp;b=2\"><strong>the</strong>"
                                + " report</a> now</p>"));
    }

    @Test
    void fiveHundredMarksRenderInSizeLinearInTextAndHrefs() {
        String text = "a".repeat(1000);
        String href = "https://example.org/" + "x".repeat(1900);
        List<String> marks = new ArrayList<>();
        marks.add("{\"type\": \"link\", \"start\": 0, \"end\": 1000, \"href\": \"" + href + "\"}");
        for (int k = 0; k < 499; k++) {
            marks.add("{\"type\": \"" + (k % 2 == 0 ? "bold" : "italic") + "\", \"start\": " + (k + 1) + ", \"end\": "
                    + (999 - k) + "}");
        }
        publishedWith(
                "Many marks",
                "{\"type\": \"paragraph\", \"text\": \"" + text + "\", \"marks\": [" + String.join(", ", marks) + "]}");
        String html = given().queryParam("formats", "html")
                .get("/api/v1/articles/many-marks")
                .then()
                .statusCode(200)
                .extract()
                .path("html");
        int bound = text.length() + href.length() + 40 * marks.size();
        assertTrue(html.length() <= bound, "html is " + html.length() + " chars, bound " + bound);
        assertEquals(html.indexOf(href), html.lastIndexOf(href), "the href is written once");
        assertEquals(text, html.replaceAll("<[^>]*>", ""));
    }

    @Test
    void everyBadFieldIsReportedAtOnceWithAnUnknownBlockType() {
        as(editor)
                .contentType(ContentType.JSON)
                .body("{\"headline\": \"\", \"body\": [{\"type\": \"nonsense\"}, {\"text\": \"no type\"},"
                        + " {\"type\": \"heading\", \"text\": \"Level\", \"level\": 9}]}")
                .post(ADMIN)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("headline", "body[0].type", "body[1].type", "body[2].level"))
                .body("errors.find { it.field == 'body[0].type' }.message", containsString("paragraph, heading"));

        String id = ArticleFixtures.draft(editor, "Patched");
        as(editor)
                .contentType("application/merge-patch+json")
                .header("If-Match", ArticleFixtures.etag(editor, id))
                .body("{\"headline\": \" \", \"authors\": [\"nobody\"], \"body\": [{\"type\": \"nonsense\"}]}")
                .patch(ADMIN + "/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("headline", "authors[0]", "body[0].type"));
        as(editor).get(ADMIN + "/" + id).then().statusCode(200).body("headline", equalTo("Patched"));
    }
}
