package com.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TranslationTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String UK_HEADLINE = "Енергосистема витримала найхолоднішу ніч";

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    SessionFactory sessions;

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

    private Response create(String json) {
        return as(editor).contentType(ContentType.JSON).body(json).post(ADMIN);
    }

    private static String article(String headline, String language, String translationOf, String text) {
        return ("{\"headline\": \"%s\", \"language\": \"%s\", %s\"authors\": [\"olena-petrenko\"], \"section\": \"news\","
                        + " \"tags\": [\"energy\"], \"body\": [{\"type\": \"paragraph\", \"text\": \"%s\"}]}")
                .formatted(
                        headline,
                        language,
                        translationOf == null ? "" : "\"translationOf\": \"" + translationOf + "\", ",
                        text);
    }

    private String english() {
        String id = create(article(
                        "Grid holds through the coldest night",
                        "en",
                        null,
                        "Engineers kept the power running as temperatures fell."))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ArticleFixtures.publish(editor, id).then().statusCode(200);
        return id;
    }

    private String ukrainian(String original) {
        return create(article(
                        UK_HEADLINE,
                        "uk",
                        original,
                        "Енергетики втримали світло в домівках, коли температура впала. Running"))
                .then()
                .statusCode(201)
                .body("translationOf", equalTo(original))
                .extract()
                .path("id");
    }

    private long statementsFor(String path) {
        sessions.getStatistics().clear();
        given().get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    @Test
    void anEnglishArticleAndItsUkrainianTranslationListEachOther() {
        String en = english();
        String alone = ArticleFixtures.draft(editor, "No translations");
        ArticleFixtures.publish(editor, alone).then().statusCode(200);
        given().get("/api/v1/articles/grid-holds-through-the-coldest-night")
                .then()
                .statusCode(200)
                .body("translations", empty());
        String uk = ukrainian(en);
        // Not public yet: not listed.
        given().get("/api/v1/articles/grid-holds-through-the-coldest-night")
                .then()
                .body("translations", empty());
        ArticleFixtures.publish(editor, uk).then().statusCode(200);
        String ukSlug = as(editor).get(ADMIN + uk).path("slug");

        given().get("/api/v1/articles/grid-holds-through-the-coldest-night")
                .then()
                .statusCode(200)
                .body("translations.language", contains("uk"))
                .body("translations[0].slug", equalTo(ukSlug))
                .body("translations[0].headline", equalTo(UK_HEADLINE))
                .body("translations[0].url", equalTo("http://localhost:8080/articles/" + ukSlug))
                .body("translationOf", nullValue());
        given().get("/api/v1/articles/" + ukSlug)
                .then()
                .statusCode(200)
                .body("language", equalTo("uk"))
                .body("translations.language", contains("en"))
                .body("translations[0].slug", equalTo("grid-holds-through-the-coldest-night"));
        assertEquals(
                statementsFor("/api/v1/articles/no-translations?formats=html"),
                statementsFor("/api/v1/articles/grid-holds-through-the-coldest-night?formats=html"),
                "translations come in the article's own statement");

        // Editing the original keeps it in its group.
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, en))
                .contentType("application/merge-patch+json")
                .body("{\"standfirst\": \"Edited after it was translated.\"}")
                .patch(ADMIN + en)
                .then()
                .statusCode(200);
        given().get("/api/v1/articles/grid-holds-through-the-coldest-night")
                .then()
                .body("translations.language", contains("uk"));
        given().get("/api/v1/articles/" + ukSlug).then().body("translations.language", contains("en"));

        // A change of one shows on the other at once; so does leaving the public.
        as(editor).post(ADMIN + uk + "/unpublish").then().statusCode(200);
        given().get("/api/v1/articles/grid-holds-through-the-coldest-night")
                .then()
                .body("translations", empty());
    }

    @Test
    void aGroupHoldsOneArticlePerLanguageAndLanguagesAreIso639() {
        String en = english();
        ukrainian(en);
        create(article("Друга версія", "uk", en, "Ще раз."))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("translationOf"));
        create(article("Ukraine", "ua", null, "A country code is not a language."))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
        create(article("Unknown", "en", "0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001", "No such original."))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("translationOf"));
        create(article("Deutsch", "de-AT", en, "Auf Deutsch.")).then().statusCode(201);
        as(editor)
                .header("If-Match", ArticleFixtures.etag(editor, en))
                .contentType("application/merge-patch+json")
                .body("{\"translationOf\": \"" + en + "\"}")
                .patch(ADMIN + en)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("translationOf"));
        given().get("/api/v1/articles?language=ua").then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void aFallbackAnswerSaysWhichLanguageItReturned() {
        String en = english();
        String uk = ukrainian(en);
        ArticleFixtures.publish(editor, uk).then().statusCode(200);
        String ukSlug = as(editor).get(ADMIN + uk).path("slug");
        String path = "/api/v1/articles/grid-holds-through-the-coldest-night";

        given().queryParam("language", "uk")
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Language", "uk")
                .header("Content-Location", "/api/v1/articles/" + ukSlug)
                .body("headline", equalTo(UK_HEADLINE));
        given().queryParam("language", "de")
                .queryParam("fallback", "en")
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"));
        given().queryParam("language", "de").get(path).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("fallback", "en").get(path).then().statusCode(400);
        given().queryParam("language", "ua").get(path).then().statusCode(400);
        assertTrue(
                statementsFor(path + "?language=uk&formats=html") <= statementsFor(path + "?formats=html") + 1,
                "asking for a language costs one statement more at most");
    }

    @Test
    void listsFeedsAndSearchFilterByLanguageAndUkrainianIsFoldedNotStemmed() {
        String en = english();
        String uk = ukrainian(en);
        ArticleFixtures.publish(editor, uk).then().statusCode(200);

        given().get("/api/v1/articles?language=uk").then().body("data.id", contains(uk));
        given().get("/api/v1/feed?language=en").then().body("data.id", contains(en));
        given().get("/api/v1/sections/news/articles?language=uk").then().body("data.id", contains(uk));
        given().get("/api/v1/feed.json?language=uk").then().body("items.id", contains(uk));
        given().get("/api/v1/search?q=енергетики").then().statusCode(200).body("data.article.id", contains(uk));
        // Case folded: the same word in capitals finds it.
        given().get("/api/v1/search?q=ЕНЕРГЕТИКИ").then().body("data.article.id", contains(uk));
        given().get("/api/v1/search?q=енергетики&language=en").then().body("data", empty());
        // English is stemmed, Ukrainian is not: "run" finds "running" in English only.
        given().get("/api/v1/search?q=run").then().body("data.article.id", contains(en));
        given().get("/api/v1/search?q=running&language=uk").then().body("data.article.id", contains(uk));
        given().get("/api/v1/search?q=grid&language=uk").then().body("data.article.id", not(hasItem(en)));
    }
}
