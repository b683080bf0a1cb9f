package com.newsdesk.section;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestHTTPEndpoint(SectionResource.class)
class SectionResourceTest {

    @Inject
    SectionFixtures fixtures;

    @BeforeEach
    void cleanSlate() {
        fixtures.deleteAll();
    }

    @Test
    void listsSectionsInMenuOrder() {
        fixtures.create("opinion", "Opinion", 30);
        fixtures.create("news", "News", 10);
        fixtures.create("analysis", "Analysis", 20);

        given().get()
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("data.slug", contains("news", "analysis", "opinion"))
                .body("data[0].name", equalTo("News"))
                .body("data[0].description", equalTo("About News"))
                .body("data[0].id", notNullValue())
                .body("meta.limit", equalTo(20))
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void pagesWithCursorAndLinkHeaderWithoutRepeatsOrGaps() {
        for (int i = 1; i <= 5; i++) {
            fixtures.create("s" + i, "Section " + i, i * 10);
        }
        List<String> seen = new ArrayList<>();
        Response first = given().queryParam("limit", 2).get();
        first.then().statusCode(200).body("data", hasSize(2)).header("Link", containsString("rel=\"next\""));
        seen.addAll(first.path("data.slug"));

        // A section added before the cursor position must not shift the following pages.
        fixtures.create("s0", "Section 0", 0);

        String cursor = first.path("meta.nextCursor");
        while (cursor != null) {
            Response page =
                    given().queryParam("limit", 2).queryParam("cursor", cursor).get();
            page.then().statusCode(200);
            seen.addAll(page.path("data.slug"));
            cursor = page.path("meta.nextCursor");
            if (cursor != null) {
                String link = page.header("Link");
                assertEquals(true, link.contains("cursor=" + cursor), link);
            }
        }
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), seen);
    }

    @Test
    void lastPageHasNoLinkHeader() {
        fixtures.create("only", "Only", 1);
        given().get().then().statusCode(200).header("Link", nullValue()).body("meta.nextCursor", nullValue());
    }

    @Test
    void getsOneSectionBySlug() {
        fixtures.create("business", "Business", 1);
        given().get("/business")
                .then()
                .statusCode(200)
                .body("slug", equalTo("business"))
                .body("name", equalTo("Business"))
                .body("description", equalTo("About Business"));
    }

    @Test
    void unknownSlugIsProblem404() {
        given().get("/no-such-section")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsdesk.dev/problems/not-found"))
                .body("detail", containsString("no-such-section"))
                .body("instance", equalTo("/api/v1/sections/no-such-section"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "101", "-1", "2.5"})
    void badLimitIsProblem400OnLimit(String limit) {
        given().queryParam("limit", limit)
                .get()
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("Must be a whole number from 1 to 100"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "djEKc2VjdGlvbgp4CnkK",
                "!!!",
                "djEKZmVlZAoxCjI",
                // the unsigned format of before, with a well-formed position, and with a made-up signature
                "djEKc2VjdGlvbgoxCjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA",
                "djEKc2VjdGlvbgoxCjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA.AAAAAAAAAAAAAAAAAAAAAA"
            })
    void badCursorIsProblem400OnCursor(String cursor) {
        given().queryParam("cursor", cursor)
                .get()
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }
}
