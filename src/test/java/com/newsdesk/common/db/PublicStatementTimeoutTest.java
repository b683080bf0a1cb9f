package com.newsdesk.common.db;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.staff.Overloaded;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Public requests run under newsdesk.db.public-statement-timeout (300 ms in this profile); staff work does not. */
@QuarkusTest
@TestProfile(Overloaded.class)
class PublicStatementTimeoutTest {

    @Inject
    StaffFixtures staff;

    @Test
    void aPublicReadThatRunsTooLongIs503WithRetryAfter() {
        given().queryParam("seconds", 5)
                .get("/api/v1/test-only/slow")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("Cache-Control", "no-store")
                .body("type", equalTo("https://newsdesk.dev/problems/service-unavailable"))
                .body("status", equalTo(503));
        // The pooled connection that carried the timeout is fine for the next request.
        given().queryParam("seconds", 0).get("/api/v1/test-only/slow").then().statusCode(200);
    }

    @Test
    void aPublicWriteThatRunsTooLongIs503Too() {
        given().queryParam("seconds", 5)
                .post("/api/v1/test-only/slow")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().queryParam("seconds", 0).post("/api/v1/test-only/slow").then().statusCode(200);
    }

    @Test
    void staffReadsAreNotCutShortAndDoNotInheritTheTimeout() {
        // Many public reads first, so that pooled connections have carried the timeout.
        for (int i = 0; i < 25; i++) {
            given().queryParam("seconds", 0)
                    .get("/api/v1/test-only/slow")
                    .then()
                    .statusCode(200);
        }
        String token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token)
                    .queryParam("seconds", 0.6)
                    .get("/api/v1/admin/test-only/slow")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void publicQueriesUseGenericPlansAndStaffQueriesTheDefault() {
        for (int i = 0; i < 25; i++) {
            String mode = given().get("/api/v1/test-only/plan-cache-mode")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals("\"force_generic_plan\"", mode);
        }
        String token = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        for (int i = 0; i < 5; i++) {
            String mode = given().header("Authorization", "Bearer " + token)
                    .get("/api/v1/admin/test-only/plan-cache-mode")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals("\"auto\"", mode);
        }
    }
}
