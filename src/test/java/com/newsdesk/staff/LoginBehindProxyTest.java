package com.newsdesk.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.newsdesk.staff.StaffFixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login throttling per account and client network, with clients told apart by our proxy's X-Forwarded-For. */
@QuarkusTest
@TestProfile(BehindProxy.class)
class LoginBehindProxyTest {

    @Inject
    StaffFixtures fixtures;

    @BeforeEach
    void cleanSlate() {
        fixtures.deleteAll();
    }

    private static Response attempt(String forwardedFor, String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", forwardedFor)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/admin/auth/token");
    }

    @Test
    void anAttackerLocksOutOnlyHimselfAndTheEditorStillLogsInFromElsewhere() {
        Account editor = fixtures.create(StaffRole.EDITOR);
        for (int i = 0; i < 5; i++) {
            attempt("198.51.100.7", editor.email(), "wrong password " + i)
                    .then()
                    .statusCode(401);
        }
        attempt("198.51.100.7", editor.email(), editor.password())
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://newsdesk.dev/problems/too-many-requests"));
        attempt("203.0.113.9", editor.email(), editor.password())
                .then()
                .statusCode(200)
                .body("accessToken", notNullValue());
        // The editor's success does not forgive the attacker's network.
        attempt("198.51.100.7", editor.email(), editor.password()).then().statusCode(429);
    }

    @Test
    void theRightMostForwardedEntryCountsNotWhatTheClientWrote() {
        Account editor = fixtures.create(StaffRole.EDITOR);
        for (int i = 0; i < 5; i++) {
            attempt("192.0.2." + i + ", 198.51.100.8", editor.email(), "wrong password")
                    .then()
                    .statusCode(401);
        }
        attempt("192.0.2.99, 198.51.100.8", editor.email(), editor.password())
                .then()
                .statusCode(429);
    }

    @Test
    void ipv6ClientsAreOneNetworkPerSlash64() {
        Account editor = fixtures.create(StaffRole.EDITOR);
        for (int i = 1; i <= 5; i++) {
            attempt("2001:db8:1:2::" + Integer.toHexString(i * 4099), editor.email(), "wrong password")
                    .then()
                    .statusCode(401);
        }
        attempt("2001:db8:1:2:ffff:ffff:ffff:ffff", editor.email(), editor.password())
                .then()
                .statusCode(429);
        attempt("2001:db8:1:3::1", editor.email(), editor.password()).then().statusCode(200);
    }

    @Test
    void oneNetworkTryingManyAccountsIsStoppedToo() {
        for (int i = 0; i < 20; i++) {
            attempt("198.51.100.30", "guess" + i + "@newsroom.example", "wrong password")
                    .then()
                    .statusCode(401);
        }
        Account editor = fixtures.create(StaffRole.EDITOR);
        attempt("198.51.100.30", editor.email(), editor.password()).then().statusCode(429);
        attempt("198.51.100.31", editor.email(), editor.password()).then().statusCode(200);
    }
}
