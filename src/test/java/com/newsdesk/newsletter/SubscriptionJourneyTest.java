package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole double opt-in journey, against a real SMTP server in the test JVM. */
@QuarkusTest
@TestProfile(MailOn.class)
class SubscriptionJourneyTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    @Inject
    SubscriberKeys keys;

    private String admin;
    private String newsletterId;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        MailServer.clear();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        newsletterId = NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
    }

    private void statusInAdminIs(String status) {
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + newsletterId + "/subscribers")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data.email", contains("Reader.One@example.com"))
                .body("data[0].status", equalTo(status))
                .body("data[0].source", equalTo("article-footer"))
                .body("meta.total", equalTo(1))
                .body("meta.counts." + status, equalTo(1));
    }

    @Test
    void subscribeConfirmWelcomeAndOneClickUnsubscribe() throws Exception {
        NewsletterFixtures.subscribe(
                        "morning-briefing",
                        "{\"email\": \"  Reader.One@EXAMPLE.com \", \"name\": \"Oksana\", \"source\": \"article-footer\"}")
                .then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("message", containsString("We've sent you a confirmation email"));
        statusInAdminIs("pending");

        // The confirmation mail: to the address as typed (domain in lower case), from the newsletter.
        List<MimeMessage> mails = MailServer.await(1, 5_000);
        assertEquals(1, mails.size());
        MimeMessage confirmation = mails.get(0);
        assertEquals("Reader.One@example.com", MailServer.recipient(confirmation));
        assertTrue(MailServer.subject(confirmation).contains("Morning Briefing"));
        assertTrue(MailServer.header(confirmation, "From").contains("Morning Briefing"));
        assertTrue(MailServer.part(confirmation, "text/plain")
                .contains("http://localhost:8080/api/v1/subscriptions/confirm?token="));
        assertTrue(MailServer.part(confirmation, "text/html").contains("Confirm my subscription"));
        String token = MailServer.token(confirmation);

        // Opening the link (what a mail scanner does) changes nothing.
        given().queryParam("token", token)
                .get("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("action", equalTo("confirm-subscription"))
                .body("email", equalTo("R***@example.com"))
                .body("newsletters.slug", contains("morning-briefing"));
        statusInAdminIs("pending");

        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .body("message", equalTo("You're successfully subscribed to Morning Briefing."))
                .body("newsletters.name", contains("Morning Briefing"));
        statusInAdminIs("confirmed");
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("already been used"));

        // The welcome mail carries RFC 8058 one-click unsubscribe headers.
        mails = MailServer.await(2, 5_000);
        assertEquals(2, mails.size());
        MimeMessage welcome = mails.get(1);
        assertTrue(MailServer.subject(welcome).contains("Welcome to Morning Briefing"));
        assertTrue(MailServer.part(welcome, "text/plain").contains("successfully subscribed"));
        assertNotNull(MailServer.header(welcome, "Message-ID"));
        assertEquals("List-Unsubscribe=One-Click", MailServer.header(welcome, "List-Unsubscribe-Post"));
        String listUnsubscribe = MailServer.header(welcome, "List-Unsubscribe");
        assertTrue(
                listUnsubscribe.matches(
                        "<http://localhost:8080/api/v1/subscriptions/unsubscribe\\?token=[A-Za-z0-9_-]+>"),
                listUnsubscribe);
        URI unsubscribe = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));

        // What a mailbox provider does: a form POST, no cookie, no login; no redirect comes back.
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post(unsubscribe.getPath() + "?" + unsubscribe.getRawQuery())
                .then()
                .statusCode(200)
                .header("Set-Cookie", nullValue())
                .body("status", equalTo("unsubscribed"))
                .body("newsletter.slug", equalTo("morning-briefing"));
        statusInAdminIs("unsubscribed");
        given().post(unsubscribe.getPath() + "?" + unsubscribe.getRawQuery()) // twice, and with no body: fine
                .then()
                .statusCode(200)
                .body("status", equalTo("unsubscribed"));
        given().get(unsubscribe.getPath() + "?" + unsubscribe.getRawQuery())
                .then()
                .statusCode(200)
                .body("status", equalTo("unsubscribed"));
        // Unsubscribed readers get no further mail.
        Thread.sleep(300);
        assertEquals(2, MailServer.received().size());
    }

    @Test
    void confirmationMailCarriesNoTextTheRequesterChose() throws Exception {
        NewsletterFixtures.subscribe(
                        "morning-briefing",
                        "{\"email\": \"victim@example.com\", \"name\": \"Visit https://evil.example now\"}")
                .then()
                .statusCode(202);
        MimeMessage confirmation = MailServer.await(1, 5_000).get(0);
        for (String part : List.of("text/plain", "text/html")) {
            String body = MailServer.part(confirmation, part);
            assertFalse(body.contains("evil"), body);
            assertFalse(body.contains("Visit"), body);
            assertFalse(body.contains("now,"), body);
        }
        assertFalse(MailServer.subject(confirmation).contains("evil"));
        assertEquals(
                1, newsletters.count("SELECT count(*) FROM subscriber WHERE name LIKE 'Visit%'"), "kept for later");
    }

    @Test
    void preferenceLinksExpire() throws Exception {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        String token = MailServer.token(MailServer.await(1, 5_000).get(0));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200);
        UUID reader = newsletters.uuid("SELECT id FROM subscriber WHERE email_key = 'reader@example.com'");
        String fresh = keys.signPreferences(reader, Instant.now().minus(Duration.ofDays(29)));
        given().queryParam("token", fresh)
                .get("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(200);
        List<String> expired = List.of(
                keys.signPreferences(reader, Instant.now().minus(Duration.ofDays(31))),
                keys.sign(SubscriberKeys.Purpose.PREFERENCES, reader)); // issued before links expired
        for (String link : expired) {
            given().queryParam("token", link)
                    .get("/api/v1/subscriptions/preferences")
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("detail", containsString("expired"));
            given().queryParam("token", link)
                    .contentType(ContentType.JSON)
                    .body("{\"newsletters\": []}")
                    .put("/api/v1/subscriptions/preferences")
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json");
        }
        assertEquals(List.of("confirmed"), newsletters.statuses("reader@example.com"), "nothing changed");
    }

    @Test
    void anExpiredConfirmationAndAWelcomeForACancelledSubscriptionAreNotSent() throws Exception {
        MailServer.stop();
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"late@example.com\"}")
                .then()
                .statusCode(202);
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox m JOIN subscription_confirmation c"
                        + " ON c.subscriber_id = m.subscriber_id WHERE m.not_after = c.expires_at"),
                "the mail expires with its link");
        // SMTP stays away until the link has expired.
        newsletters.execute("UPDATE subscription_confirmation SET expires_at = now() - interval '1 second'");
        newsletters.execute("UPDATE mail_outbox SET not_after = now() - interval '1 second'");
        // The worker may have been sending it while we expired it: SMTP comes back only once the
        // worker has dropped it, or a send begun before the expiry would go through.
        long dropped = System.currentTimeMillis() + 10_000;
        while (newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'skipped'") == 0
                && System.currentTimeMillis() < dropped) {
            Thread.sleep(50);
        }

        // A welcome mail queued while SMTP is away, for a subscription cancelled before it could go out.
        MailServer.start();
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        List<MimeMessage> first = MailServer.await(1, 5_000);
        assertEquals(1, first.size());
        assertEquals("reader@example.com", MailServer.recipient(first.get(0)));
        MailServer.stop();
        String preferences = given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + MailServer.token(first.get(0)) + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .extract()
                .path("preferencesToken");
        given().queryParam("token", preferences)
                .contentType(ContentType.JSON)
                .body("{\"newsletters\": []}")
                .put("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(200);
        MailServer.start();
        long until = System.currentTimeMillis() + 10_000;
        while (newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'skipped'") < 2
                && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(
                1, newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'skipped' AND kind = 'welcome'"));
        assertEquals(
                1,
                newsletters.count(
                        "SELECT count(*) FROM mail_outbox WHERE status = 'skipped' AND kind = 'confirmation'"));
        Thread.sleep(500);
        assertEquals(0, MailServer.received().size(), "neither went out");
    }

    @Test
    void preferencesListAndChangeTheReadersNewsletters() throws Exception {
        NewsletterFixtures.create(admin, "war-explained", "War, Explained");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        String token = MailServer.token(MailServer.await(1, 5_000).get(0));
        String preferences = given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .extract()
                .path("preferencesToken");
        given().queryParam("token", preferences)
                .get("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(200)
                .body("email", equalTo("r***@example.com"))
                .body("newsletters.find { it.newsletter.slug == 'morning-briefing' }.status", equalTo("confirmed"))
                .body("newsletters.find { it.newsletter.slug == 'war-explained' }.status", equalTo("none"));
        // A newsletter added here is not confirmed by the link: it gets its own confirmation (double opt-in).
        given().queryParam("token", preferences)
                .contentType(ContentType.JSON)
                .body("{\"newsletters\": [\"war-explained\"]}")
                .put("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(200)
                .body("newsletters.find { it.newsletter.slug == 'morning-briefing' }.status", equalTo("unsubscribed"))
                .body("newsletters.find { it.newsletter.slug == 'war-explained' }.status", equalTo("pending"));
        List<MimeMessage> mails = MailServer.await(3, 5_000);
        assertEquals(3, mails.size());
        MimeMessage confirmation = mails.get(2);
        assertTrue(MailServer.subject(confirmation).contains("Please confirm your subscription to War, Explained"));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + MailServer.token(confirmation) + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .body("newsletters.slug", contains("war-explained"));
        given().queryParam("token", preferences)
                .get("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(200)
                .body("newsletters.find { it.newsletter.slug == 'war-explained' }.status", equalTo("confirmed"));
        given().queryParam("token", preferences)
                .contentType(ContentType.JSON)
                .body("{\"newsletters\": [\"war-explained\", \"no-such-thing\"]}")
                .put("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newsletters[1]"));
        // An unsubscribe token is not a preferences token, and a changed one is nobody's.
        char flipped = preferences.charAt(10) == 'A' ? 'B' : 'A';
        given().queryParam("token", preferences.substring(0, 10) + flipped + preferences.substring(11))
                .get("/api/v1/subscriptions/preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"));
    }
}
