package com.newsdesk.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** More logins at once than password hashing may take: the rest get 503, never an out-of-memory. */
@QuarkusTest
@TestProfile(Overloaded.class)
class LoginOverloadTest {

    @Inject
    StaffFixtures fixtures;

    @BeforeEach
    void cleanSlate() {
        fixtures.deleteAll();
    }

    @Test
    void loginsBeyondTheHashingSlotsGet503WithRetryAfter() throws Exception {
        List<Response> answers = new ArrayList<>();
        List<Integer> statuses = LoginTest.inParallel(16, i -> {
            Response response = given().contentType(ContentType.JSON)
                    .body(Map.of("email", "busy" + i + "@newsroom.example", "password", "wrong password"))
                    .post("/api/v1/admin/auth/token");
            synchronized (answers) {
                answers.add(response);
            }
            return response;
        });
        assertTrue(
                statuses.stream().allMatch(status -> status == 401 || status == 429 || status == 503), "" + statuses);
        assertTrue(statuses.contains(503), "no 503 among " + statuses);
        for (Response busy : answers) {
            if (busy.statusCode() == 503) {
                busy.then()
                        .contentType("application/problem+json")
                        .header("Retry-After", equalTo("1"))
                        .body("type", equalTo("https://newsdesk.dev/problems/service-unavailable"));
            }
        }
    }
}
