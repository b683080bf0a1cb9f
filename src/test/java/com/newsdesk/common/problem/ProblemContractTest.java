package com.newsdesk.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every failure, wherever it happens, answers RFC 9457 problem+json. */
@QuarkusTest
class ProblemContractTest {

    private static final String PROBE = "/api/v1/test-only/probe";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .body("type", equalTo("https://newsdesk.dev/problems/" + typeSlug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void unknownApiPathIsProblem404() {
        assertProblem(given().get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownPathOutsideTheApiIsProblem404() {
        assertProblem(given().get("/no/such/page").then(), 404, "not-found").body("instance", equalTo("/no/such/page"));
    }

    @Test
    void unknownPathWithHtmlAcceptIsStillProblemJson() {
        assertProblem(given().accept("text/html").get("/nothing-here").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIsProblem405WithAllow() {
        assertProblem(given().delete("/api/v1/sections").then(), 405, "method-not-allowed")
                .header("Allow", containsString("GET"));
    }

    @Test
    void malformedJsonIsProblem400() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"email\": \"a@b.org\", ")
                                .post(PROBE)
                                .then(),
                        400,
                        "malformed-body")
                .body("detail", containsString("not valid JSON"))
                .body("errors", nullValue());
    }

    @Test
    void wrongJsonTypeIsFieldError() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"email\": \"a@b.org\", \"count\": \"seven\"}")
                                .post(PROBE)
                                .then(),
                        400,
                        "invalid-request")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].message", equalTo("Must be a whole number"));
    }

    @Test
    void numberForAStringIsRefusedNotCoerced() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"email\": 42, \"count\": 1}")
                                .post(PROBE)
                                .then(),
                        400,
                        "invalid-request")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", equalTo("Must be a string"));
    }

    @Test
    void wrongTypeInsideAListNamesTheElement() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"email\": \"a@b.org\", \"count\": 1, \"body\": [{\"type\": \"p\"}, {\"type\": []}]}")
                                .post(PROBE)
                                .then(),
                        400,
                        "invalid-request")
                .body("errors[0].field", equalTo("body[1].type"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.org\", \"count\": 2, \"somethingElse\": true}")
                .post(PROBE)
                .then()
                .statusCode(200)
                .body("email", equalTo("a@b.org"))
                .body("count", equalTo(2));
    }

    @Test
    void validationFailuresListEveryFieldAsTheClientSentIt() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"email\": \"not-an-address\", \"body\": [{\"type\": \"p\"}, {\"type\": \" \"}]}")
                                .post(PROBE)
                                .then(),
                        400,
                        "invalid-request")
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.contains("body[1].type", "count", "email"))
                .body("errors.find { it.field == 'email' }.message", equalTo("Please enter a correct email address"))
                .body("detail", equalTo("3 fields are invalid: body[1].type, count, email."));
    }

    @Test
    void missingBodyIsProblem400() {
        assertProblem(given().contentType(ContentType.JSON).post(PROBE).then(), 400, "invalid-request")
                .body("errors[0].field", equalTo("(body)"));
    }

    @Test
    void queryParameterViolationNamesTheParameter() {
        assertProblem(given().queryParam("size", 50).get(PROBE + "/ranged").then(), 400, "invalid-request")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void wrongContentTypeIsProblem415() {
        assertProblem(
                        given().contentType("text/plain")
                                .body("hello")
                                .post(PROBE)
                                .then(),
                        415,
                        "unsupported-media-type")
                .body("detail", containsString("text/plain"));
    }

    @Test
    void unacceptableAcceptIsProblem406() {
        assertProblem(given().accept("image/png").get("/api/v1/sections").then(), 406, "not-acceptable");
    }

    @Test
    void tooLargeBodyIsProblem413() {
        String big = "{\"email\": \"a@b.org\", \"count\": 1, \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(
                given().contentType(ContentType.JSON).body(big).post(PROBE).then(), 413, "payload-too-large");
    }

    /** Sends a body without Content-Length (chunked, or HTTP/2 frames), as streaming clients do. */
    private static HttpResponse<String> postStreamed(String json, HttpClient.Version version) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PROBE))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpClient client = HttpClient.newBuilder().version(version).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Version.class, names = "HTTP_1_1")
    void tooLargeStreamedBodyIsProblem413(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = postStreamed(
                "{\"email\": \"a@b.org\", \"count\": 1, \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}",
                version);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.body().contains("\"type\":\"https://newsdesk.dev/problems/payload-too-large\""),
                response.body());
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void streamedBodyWithinTheLimitIsRead(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = postStreamed("{\"email\": \"a@b.org\", \"count\": 3}", version);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"count\":3"), response.body());
    }

    @Test
    void aChannelClosedUnderTheBodyIsTheClientsDoingNotA500() {
        assertProblem(given().get(PROBE + "/channel-closed").then(), 400, "malformed-body");
    }

    @Test
    void unexpectedExceptionIsProblem500WithCorrelationIdAndNoInternals() {
        assertProblem(given().get(PROBE + "/boom").then(), 500, "internal-error")
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(allOf(
                        not(containsString("IllegalStateException")),
                        not(containsString("internal detail")),
                        not(containsString("at com.newsdesk"))));
    }

    @Test
    void aControlCharacterInAPublicUrlIsProblem400NeverA500() {
        for (String url : List.of(
                "/api/v1/articles?section=a%00b",
                "/api/v1/articles?tag=%00",
                "/api/v1/articles/a%00b",
                "/api/v1/search?q=grid%00",
                "/api/v1/sections/%00",
                "/api/v1/tags/news/articles?cursor=%00")) {
            given().urlEncodingEnabled(false)
                    .get(url)
                    .then()
                    .statusCode(org.hamcrest.Matchers.lessThan(500))
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aTooLongUrlIsProblem414() {
        assertProblem(
                given().queryParam("q", "x".repeat(9 * 1024))
                        .get("/api/v1/search")
                        .then(),
                414,
                "uri-too-long");
        // Just under the limit is an ordinary request.
        given().queryParam("padding", "x".repeat(7 * 1024))
                .get("/api/v1/sections")
                .then()
                .statusCode(200);
    }

    @Test
    void tooLargeHeadersAreProblem431() {
        assertProblem(
                given().header("X-Padding-1", "x".repeat(9 * 1024))
                        .header("X-Padding-2", "x".repeat(9 * 1024))
                        .get("/api/v1/sections")
                        .then(),
                431,
                "header-fields-too-large");
        given().header("X-Padding-1", "x".repeat(12 * 1024))
                .get("/api/v1/sections")
                .then()
                .statusCode(200);
    }
}
