package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a sign-up box sends, good and bad, and what it must never reveal. */
@QuarkusTest
@TestProfile(MailOn.class)
class SubscribeInputTest {

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
    void missingAndBadEmailsGetAMessageAPersonCanRead() {
        for (String body : List.of("{}", "{\"email\": null}", "{\"email\": \"   \"}")) {
            NewsletterFixtures.subscribe("morning-briefing", body)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("email"))
                    .body("errors[0].message", equalTo("Please enter your email address"));
        }
        List<String> bad = List.of(
                "plainaddress",
                "a@b",
                "reader@localhost",
                "reader@@example.com",
                "@example.com",
                "reader@",
                "read er@example.com",
                "reader@-example.com",
                "reader@example..com",
                ".reader@example.com",
                "reader.@example.com",
                "reader@192.168.0.1",
                "x".repeat(65) + "@example.com",
                "reader@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60)
                        + ".com",
                "ревізор@example.com");
        for (String email : bad) {
            NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"" + email + "\"}")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("email"))
                    .body("errors[0].message", equalTo("Please enter a correct email address"));
        }
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": 42, \"name\": []}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        NewsletterFixtures.subscribe(
                        "morning-briefing", "{\"email\": \"ok@example.com\", \"name\": \"" + "n".repeat(201) + "\"}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        NewsletterFixtures.subscribe("no-such-newsletter", "{\"email\": \"ok@example.com\"}")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, newsletters.count("SELECT count(*) FROM subscriber"));
    }

    @Test
    void internationalDomainsAndLongButValidAddressesAreAccepted() throws Exception {
        String longest = "x".repeat(64) + "@example.com";
        for (String email : List.of("reader@bücher.example", longest, "o'brien+news@sub.example.co.uk")) {
            NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"" + email + "\"}")
                    .then()
                    .statusCode(202);
        }
        List<MimeMessage> mails = MailServer.await(3, 5_000);
        assertTrue(
                mails.stream().anyMatch(m -> MailServer.recipient(m).equals("reader@xn--bcher-kva.example")),
                "the IDN domain is sent in its ASCII form");
        assertEquals(3, newsletters.count("SELECT count(*) FROM subscriber"));
    }

    @Test
    void repeatedSignUpsAnswerTheSameBytesAndMakeOneSubscription() throws Exception {
        byte[] first = NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202)
                .extract()
                .asByteArray();
        byte[] again = NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \" READER@Example.com\"}")
                .then()
                .statusCode(202)
                .extract()
                .asByteArray();
        assertArrayEquals(first, again);
        assertEquals(List.of("pending"), newsletters.statuses("reader@example.com"));
        MailServer.await(1, 5_000);
        Thread.sleep(500);
        assertEquals(1, MailServer.received().size(), "a repeat within 10 minutes sends no second mail");

        // Ten minutes later a repeat re-sends the confirmation.
        newsletters.execute("UPDATE subscription SET confirmation_sent_at = now() - interval '11 minutes'");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        MailServer.await(2, 5_000);
        assertEquals(2, MailServer.received().size());

        // A confirmed reader gets the same answer and no mail at all.
        String token = MailServer.token(MailServer.received().get(1));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200);
        MailServer.await(3, 5_000); // the welcome mail
        byte[] confirmed = NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"Reader@example.com\"}")
                .then()
                .statusCode(202)
                .extract()
                .asByteArray();
        assertArrayEquals(first, confirmed);
        // The same for an address never seen, and for a bot that filled the honeypot.
        byte[] unknown = NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"new@example.com\"}")
                .then()
                .statusCode(202)
                .extract()
                .asByteArray();
        assertArrayEquals(first, unknown);
        byte[] bot = NewsletterFixtures.subscribe(
                        "morning-briefing", "{\"email\": \"bot@example.com\", \"website\": \"http://spam.example\"}")
                .then()
                .statusCode(202)
                .extract()
                .asByteArray();
        assertArrayEquals(first, bot);
        MailServer.await(4, 5_000);
        Thread.sleep(500);
        assertEquals(
                4, MailServer.received().size(), "one more mail: to new@, none to the confirmed reader or the bot");
        assertEquals(List.of("confirmed"), newsletters.statuses("reader@example.com"));
        assertEquals(List.of(), newsletters.statuses("bot@example.com"));
        assertEquals(0, newsletters.count("SELECT count(*) FROM subscriber WHERE email_key = 'bot@example.com'"));
    }

    @Test
    void severalNewslettersAtOnceGetOneConfirmationMail() throws Exception {
        NewsletterFixtures.create(admin, "war-explained", "War, Explained");
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"reader@example.com\", \"newsletters\": [\"morning-briefing\", \"nope\"]}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newsletters[1]"));
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"reader@example.com\", \"newsletters\": []}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newsletters"));
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"reader@example.com\", \"newsletters\": [\"morning-briefing\", \"war-explained\"]}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(202);
        MimeMessage mail = MailServer.await(1, 5_000).get(0);
        assertTrue(MailServer.subject(mail).contains("Morning Briefing and War, Explained"));
        assertEquals(List.of("pending", "pending"), newsletters.statuses("reader@example.com"));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + MailServer.token(mail) + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .body("newsletters.size()", equalTo(2));
        assertEquals(List.of("confirmed", "confirmed"), newsletters.statuses("reader@example.com"));
        MailServer.await(3, 5_000);
        assertEquals(3, MailServer.received().size(), "a welcome mail per newsletter, each with its own unsubscribe");
    }

    @Test
    void expiredUsedAndForgedTokensAreRefused() throws Exception {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        String token = MailServer.token(MailServer.await(1, 5_000).get(0));
        newsletters.execute("UPDATE subscription_confirmation SET expires_at = now() - interval '1 second'");
        given().queryParam("token", token)
                .get("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("expired"));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(410)
                .body("type", equalTo("https://newsdesk.dev/problems/gone"));
        assertEquals(List.of("pending"), newsletters.statuses("reader@example.com"));
        String unknown = "A".repeat(43);
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + unknown + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(410);
        for (String body : List.of("{}", "{\"token\": \"short\"}", "{\"token\": \"" + "!".repeat(43) + "\"}")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/subscriptions/confirm")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("token"));
        }
        given().get("/api/v1/subscriptions/confirm").then().statusCode(400);
        given().queryParam("token", "nonsense")
                .contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/subscriptions/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"));
    }
}
