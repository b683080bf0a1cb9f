package com.newsdesk.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void onSuccessfulApiReads() {
        ValidatableResponse response = given().get("/api/v1/sections").then().statusCode(200);
        hasSecurityHeaders(response);
        response.header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void onErrorsFromJaxRsAndFromTheHttpLayer() {
        hasSecurityHeaders(given().get("/api/v1/sections/missing").then().statusCode(404));
        hasSecurityHeaders(given().get("/nothing/here").then().statusCode(404));
        hasSecurityHeaders(given().get("/api/v1/admin/me").then().statusCode(401));
    }

    @Test
    void swaggerUiIsNotBlockedByTheApiPolicy() {
        ValidatableResponse response = given().get("/q/swagger-ui/").then().statusCode(200);
        hasSecurityHeaders(response);
        response.header("Content-Security-Policy", nullValue());
    }

    @Test
    void noHstsUnlessConfigured() {
        given().get("/api/v1/sections").then().header("Strict-Transport-Security", nullValue());
    }
}
