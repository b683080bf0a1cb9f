package com.newsdesk.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Allowed origins come from configuration (the test profile allows https://app.example.org). */
@QuarkusTest
class CorsTest {

    @Test
    void configuredOriginMayReadTheApi() {
        given().header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/sections")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.org"))
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://app.example.org")
                .get("/api/v1/sections")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.org"));
    }

    @Test
    void publicAnswersSayTheyDependOnTheOrigin() {
        // A shared cache must not hand this origin's Access-Control-Allow-Origin to another one.
        given().header("Origin", "https://app.example.org")
                .get("/api/v1/sections")
                .then()
                .statusCode(200)
                .header("Vary", equalTo("Accept-Encoding, Origin"));
        given().get("/api/v1/sections").then().statusCode(200).header("Vary", equalTo("Accept-Encoding, Origin"));
    }

    @Test
    void otherOriginsAreNotAllowed() {
        given().header("Origin", "https://evil.example.com")
                .get("/api/v1/sections")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
