package com.newsdesk.newsletter;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-up limits, counted in PostgreSQL so that every instance shares them. */
@QuarkusTest
@TestProfile(MailOn.class)
class RateLimitTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    private String admin;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        MailServer.clear();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
    }

    @Test
    void tenSignUpsAMinutePerClientNetwork() {
        // The window is a calendar minute: start right after one begins, so all eleven fall in it.
        waitForFreshMinute();
        for (int i = 0; i < 10; i++) {
            NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader" + i + "@example.com\"}")
                    .then()
                    .statusCode(202);
        }
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader10@example.com\"}")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://newsdesk.dev/problems/too-many-requests"));
        org.junit.jupiter.api.Assertions.assertEquals(
                0, newsletters.count("SELECT count(*) FROM subscriber WHERE email_key = 'reader10@example.com'"));
        org.junit.jupiter.api.Assertions.assertEquals(
                1,
                newsletters.count(
                        "SELECT count(*) FROM rate_limit_counter WHERE bucket LIKE 'subscribe:%' AND hits = 10"),
                "one shared counter, full; the refused hit is not counted");
    }

    @Test
    void pastThreeMailsAnHourPerAddressTheMailIsSkippedAndTheAnswerIsTheSame() throws Exception {
        waitForFreshMinute();
        for (int i = 1; i <= 4; i++) {
            NewsletterFixtures.create(admin, "letter-" + i, "Letter " + i);
        }
        io.restassured.response.Response first =
                NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}");
        first.then().statusCode(202);
        NewsletterFixtures.subscribe("letter-1", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        NewsletterFixtures.subscribe("letter-2", "{\"email\": \"Reader@Example.com\"}")
                .then()
                .statusCode(202);
        // The fourth mail in the hour is not sent; the answer does not say so (a 429 here would tell
        // anyone that the address is not a confirmed reader, who never gets one).
        io.restassured.response.Response fourth =
                NewsletterFixtures.subscribe("letter-3", "{\"email\": \"reader@example.com\"}");
        fourth.then().statusCode(202).header("Retry-After", org.hamcrest.Matchers.nullValue());
        org.junit.jupiter.api.Assertions.assertArrayEquals(first.asByteArray(), fourth.asByteArray());
        org.junit.jupiter.api.Assertions.assertEquals(first.contentType(), fourth.contentType());
        org.junit.jupiter.api.Assertions.assertEquals(
                3, newsletters.count("SELECT count(*) FROM mail_outbox"), "the fourth mail was skipped");
        org.junit.jupiter.api.Assertions.assertEquals(
                4, newsletters.count("SELECT count(*) FROM subscription WHERE status = 'pending'"));

        // A confirmed reader's answer is the same bytes.
        MailServer.await(3, 5_000);
        String token = MailServer.received().stream()
                .filter(m -> MailServer.subject(m).endsWith("Morning Briefing"))
                .map(MailServer::token)
                .findFirst()
                .orElseThrow();
        io.restassured.RestAssured.given()
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200);
        io.restassured.response.Response confirmed =
                NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}");
        confirmed.then().statusCode(202);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first.asByteArray(), confirmed.asByteArray());
        NewsletterFixtures.subscribe("letter-4", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
    }

    private static void waitForFreshMinute() {
        long second = java.time.Instant.now().getEpochSecond() % 60;
        if (second > 40) { // near the end of a minute (and so of an hour) window
            try {
                Thread.sleep((61 - second) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
