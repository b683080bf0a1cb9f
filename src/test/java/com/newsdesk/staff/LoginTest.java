package com.newsdesk.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    private static final String LOGIN = "/api/v1/admin/auth/token";

    @Inject
    StaffFixtures fixtures;

    @BeforeEach
    void cleanSlate() {
        fixtures.deleteAll();
    }

    static Response attempt(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post(LOGIN);
    }

    private static Response me(String token) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/admin/me");
    }

    @Test
    void loginGivesAShortLivedBearerTokenThatWorks() {
        Account editor = fixtures.create(StaffRole.EDITOR);
        Response response = attempt(editor.email().toUpperCase(), editor.password());
        response.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue());
        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        long minutes = Duration.between(Instant.now(), expiresAt).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "expires in " + minutes + " minutes");

        me(response.path("accessToken"))
                .then()
                .statusCode(200)
                .body("email", equalTo(editor.email()))
                .body("role", equalTo("editor"))
                .body("lastLoginAt", notNullValue());
    }

    @Test
    void devAndTestSignWithGeneratedKeysNotCommittedOnes() {
        var config = ConfigProvider.getConfig();
        assertTrue(config.getOptionalValue("smallrye.jwt.sign.key.location", String.class)
                .isEmpty());
        assertTrue(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                .isEmpty());
        Account admin = fixtures.create(StaffRole.ADMIN);
        me(StaffFixtures.login(admin)).then().statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        Response wrongPassword = attempt(admin.email(), "not the right password");
        Response unknownEmail = attempt("nobody@newsroom.example", "not the right password");
        wrongPassword.then().statusCode(401).contentType("application/problem+json");
        unknownEmail.then().statusCode(401).contentType("application/problem+json");
        assertEquals(wrongPassword.asString(), unknownEmail.asString());
        assertTrue(!wrongPassword.asString().contains(admin.email()));
    }

    @Test
    void aNulCharacterIsAFieldErrorNotAServerError() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a\\u0000@b.org\", \"password\": \"whatever it is\"}")
                .post(LOGIN)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void missingFieldsAreFieldErrors() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post(LOGIN)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("email", "password"))
                .body("errors.find { it.field == 'email' }.message", equalTo("Please enter a correct email address"));
    }

    /** Sends the attempts all at once and returns their statuses. */
    static List<Integer> inParallel(int count, java.util.function.IntFunction<Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(n).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelGuessesCannotGetPastTheLimit() throws Exception {
        Account admin = fixtures.create(StaffRole.ADMIN);
        List<Integer> statuses = inParallel(20, i -> attempt(admin.email(), "wrong password " + i));
        long judged = statuses.stream().filter(status -> status == 401).count();
        long busy = statuses.stream().filter(status -> status == 503).count();
        assertTrue(
                statuses.stream().allMatch(status -> status == 401 || status == 429 || status == 503), "" + statuses);
        assertTrue(judged + busy <= 5, "more than 5 attempts were let through: " + statuses);
        assertTrue(statuses.contains(429), "" + statuses);
    }

    @Test
    void aForgedForwardedForGivesNoNewBucketWhenNoProxyIsTrusted() {
        for (int i = 0; i < 20; i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", "198.51.100." + i)
                    .body(Map.of("email", "guess" + i + "@newsroom.example", "password", "wrong password"))
                    .post(LOGIN)
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113.77")
                .body(Map.of("email", "fresh@newsroom.example", "password", "wrong password"))
                .post(LOGIN)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void fiveFailuresLockTheAccountForTheWindowEvenForTheRightPassword() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        for (int i = 0; i < 5; i++) {
            attempt(admin.email(), "wrong password " + i).then().statusCode(401);
        }
        Response locked = attempt(admin.email(), admin.password());
        locked.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsdesk.dev/problems/too-many-requests"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 901, "Retry-After " + retryAfter);
        // The same limit for an email that has no account, so the 429 does not tell either.
        for (int i = 0; i < 5; i++) {
            attempt("ghost@newsroom.example", "wrong password " + i).then().statusCode(401);
        }
        attempt("ghost@newsroom.example", "wrong password").then().statusCode(429);
    }

    @Test
    void aSuccessfulLoginForgivesEarlierFailures() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        for (int i = 0; i < 4; i++) {
            attempt(admin.email(), "wrong password " + i).then().statusCode(401);
        }
        attempt(admin.email(), admin.password()).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            attempt(admin.email(), "wrong password " + i).then().statusCode(401);
        }
        attempt(admin.email(), admin.password()).then().statusCode(200);
    }

    @Test
    void twentyFailuresFromOneClientLockThatClient() {
        for (int i = 0; i < 20; i++) {
            attempt("guess" + i + "@newsroom.example", "wrong password").then().statusCode(401);
        }
        Account admin = fixtures.create(StaffRole.ADMIN);
        attempt(admin.email(), admin.password()).then().statusCode(429);
        fixtures.forgetFailures();
        attempt(admin.email(), admin.password()).then().statusCode(200);
    }

    @Test
    void deactivationEndsExistingTokensAndLogins() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        Account editor = fixtures.create(StaffRole.EDITOR);
        String adminToken = StaffFixtures.login(admin);
        String editorToken = StaffFixtures.login(editor);
        me(editorToken).then().statusCode(200);

        String path = "/api/v1/admin/staff/" + editor.id();
        String etag = given().header("Authorization", "Bearer " + adminToken)
                .get(path)
                .then()
                .extract()
                .header("ETag");
        given().header("Authorization", "Bearer " + adminToken)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"active\": false}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));

        me(editorToken).then().statusCode(401).contentType("application/problem+json");
        attempt(editor.email(), editor.password()).then().statusCode(401);
    }

    @Test
    void passwordChangeEndsExistingTokens() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        Account contributor = fixtures.create(StaffRole.CONTRIBUTOR);
        String adminToken = StaffFixtures.login(admin);
        String oldToken = StaffFixtures.login(contributor);

        given().header("Authorization", "Bearer " + adminToken)
                .contentType(ContentType.JSON)
                .body(Map.of("password", "a brand new passphrase"))
                .post("/api/v1/admin/staff/" + contributor.id() + "/password")
                .then()
                .statusCode(204);

        me(oldToken).then().statusCode(401);
        attempt(contributor.email(), contributor.password()).then().statusCode(401);
        String newToken = attempt(contributor.email(), "a brand new passphrase")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        me(newToken).then().statusCode(200);
    }

    @Test
    void aDeletedAccountsTokenStopsWorking() {
        Account admin = fixtures.create(StaffRole.ADMIN);
        Account other = fixtures.create(StaffRole.ADMIN);
        String otherToken = StaffFixtures.login(other);
        String adminToken = StaffFixtures.login(admin);
        String path = "/api/v1/admin/staff/" + other.id();
        String etag = given().header("Authorization", "Bearer " + adminToken)
                .get(path)
                .then()
                .extract()
                .header("ETag");
        given().header("Authorization", "Bearer " + adminToken)
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(204);
        me(otherToken).then().statusCode(401);
    }
}
