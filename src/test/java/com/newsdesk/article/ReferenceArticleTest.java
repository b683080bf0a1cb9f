package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference page of DEVELOPERS.md, with our own words: entered through the staff API and read
 * back through the public one with everything the page shows.
 */
@QuarkusTest
class ReferenceArticleTest {

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

    @Test
    void theReferencePageCanBeEnteredAndRenderedFromJsonAlone() {
        String related = ArticleFixtures.draft(editor, "Power plants prepare for the first frost");
        ArticleFixtures.publish(editor, related).then().statusCode(200);
        String photo = ArticleFixtures.photo(editor, "Two engineers in orange helmets at a substation");
        String audio = ArticleFixtures.post(
                editor,
                "/api/v1/admin/media",
                "{\"kind\": \"audio\", \"url\": \"https://cdn.newsroom.example/grid.mp3\", \"mimeType\": \"audio/mpeg\", \"durationSeconds\": 71}");
        String body = """
                [{"type": "paragraph", "text": "The national grid held through the coldest night of the year, operators said.",
                  "marks": [{"type": "bold", "start": 4, "end": 17}, {"type": "link", "start": 57, "end": 66, "href": "https://grid.example.org/report"}]},
                 {"type": "related", "article": "power-plants-prepare-for-the-first-frost"},
                 {"type": "heading", "text": "What comes next", "level": 2},
                 {"type": "quote", "text": "We had <no> margin to spare.", "attribution": "A dispatcher"},
                 {"type": "list", "items": ["Repairs continue", "Reserves are low"], "ordered": false},
                 {"type": "image", "mediaId": "%s", "caption": "Night shift at the control room."},
                 {"type": "embed", "url": "https://www.youtube.com/watch?v=abc123"}]""".formatted(photo);
        String id = ArticleFixtures.post(
                editor,
                "/api/v1/admin/articles",
                ("{\"headline\": \"Grid holds through the coldest night of the year\", \"standfirst\": \"Operators kept the lights on.\","
                                + " \"authors\": [\"olena-petrenko\", \"taras-melnyk\"], \"section\": \"news\", \"tags\": [\"energy\", \"winter\"],"
                                + " \"leadImage\": {\"mediaId\": \"%s\"}, \"audio\": {\"mediaId\": \"%s\", \"aiAssisted\": true},"
                                + " \"body\": %s}")
                        .formatted(photo, audio, body));
        ArticleFixtures.publish(editor, id).then().statusCode(200).body("status", equalTo("published"));

        given().queryParam("include", "authors,audio")
                .queryParam("formats", "blocks,html")
                .get("/api/v1/articles/grid-holds-through-the-coldest-night-of-the-year")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("headline", equalTo("Grid holds through the coldest night of the year"))
                .body("authors.name", contains("Olena Petrenko", "Taras Melnyk"))
                .body("authorProfiles[0].bio", equalTo("Covers power and fuel."))
                .body("publishedAt", notNullValue())
                .body("readingTimeMinutes", equalTo(1))
                .body("section.slug", equalTo("news"))
                .body("tags.slug", contains("energy", "winter"))
                .body("leadImage.caption", equalTo("Engineers at a substation outside the city."))
                .body("leadImage.credit", equalTo("Iryna Koval/Newsroom Photo"))
                .body("leadImage.alt", equalTo("Two engineers in orange helmets at a substation"))
                .body("leadImage.width", equalTo(1600))
                .body("hasAudio", equalTo(true))
                .body("audio.durationSeconds", equalTo(71))
                .body("audio.aiAssisted", equalTo(true))
                .body("audio.disclosure", equalTo("This audio is created with AI assistance"))
                .body("body.type", contains("paragraph", "related", "heading", "quote", "list", "image", "embed"))
                .body("body[1].article.headline", equalTo("Power plants prepare for the first frost"))
                .body("body[1].article.slug", equalTo("power-plants-prepare-for-the-first-frost"))
                .body("body[1].article.excerpt", containsString("Some words about"))
                .body("body[5].caption", equalTo("Night shift at the control room."))
                .body("body[5].credit", equalTo("Iryna Koval/Newsroom Photo"))
                .body("body[6].provider", equalTo("youtube.com"))
                .body("html", containsString("<p>The <strong>national grid</strong>"))
                .body("html", containsString("<a href=\"https://grid.example.org/report\">"))
                .body("html", containsString("We had &lt;no&gt; margin to spare."))
                .body("html", not(containsString("<no>")))
                .body("wordCount", notNullValue());

        given().get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("data[0].slug", equalTo("grid-holds-through-the-coldest-night-of-the-year"))
                .body("data[0].leadImage.credit", equalTo("Iryna Koval/Newsroom Photo"))
                .body("data[0].hasAudio", equalTo(true))
                .body("data[1].slug", equalTo("power-plants-prepare-for-the-first-frost"));
        given().get("/api/v1/articles/grid-holds-through-the-coldest-night-of-the-year/related")
                .then()
                .statusCode(200)
                .body("data.slug", contains("power-plants-prepare-for-the-first-frost"));
        given().get("/api/v1/authors/taras-melnyk/articles")
                .then()
                .statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(1));
        given().get("/api/v1/tags/energy/articles")
                .then()
                .statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(2));
        given().get("/api/v1/sections/news/articles")
                .then()
                .statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(2));
        given().queryParam("fields", "slug,headline")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("data[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("slug", "headline"))
                .body("meta.limit", equalTo(20));
    }
}
