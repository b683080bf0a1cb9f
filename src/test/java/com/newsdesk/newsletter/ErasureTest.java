package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasing a reader leaves no personal data behind, only a record that it happened. */
@QuarkusTest
@TestProfile(MailOn.class)
class ErasureTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        MailServer.clear();
    }

    @Test
    void erasingAReaderRemovesEverythingButTheErasureRecord() throws Exception {
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        String newsletter = NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
        NewsletterFixtures.create(admin, "war-explained", "War, Explained");
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"Erase.Me@example.com\", \"name\": \"Taras\","
                        + " \"newsletters\": [\"morning-briefing\", \"war-explained\"]}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(202);
        MimeMessage confirmation = MailServer.await(1, 5_000).get(0);
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + MailServer.token(confirmation) + "\"}")
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200);
        MailServer.await(3, 5_000);
        String unsubscribe = MailServer.header(MailServer.received().get(1), "List-Unsubscribe");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"keep@example.com\"}")
                .then()
                .statusCode(202);

        // Rows from before SMTP errors were redacted: one the reader's row does not own, one of another
        // reader's whose error text names this address.
        newsletters.execute("INSERT INTO mail_outbox (message_id, kind, sender_name, recipient, subject, text_body,"
                + " html_body, status, next_attempt_at, attempts, last_error, finished_at) VALUES"
                + " ('<legacy-1@test>', 'test', 'N', 'erase.me@EXAMPLE.com', 'S', 'T', 'H', 'failed', NULL, 8,"
                + " '550 <Erase.Me@example.com> unknown', now()),"
                + " ('<legacy-2@test>', 'test', 'N', 'keep@example.com', 'S', 'T', 'H', 'failed', NULL, 8,"
                + " '550 5.7.1 forwarding to <erase.me@example.com> refused', now())");
        given().auth()
                .oauth2(editor)
                .queryParam("email", "erase.me@example.com")
                .delete("/api/v1/admin/subscribers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin)
                .queryParam("email", "ERASE.ME@example.com")
                .delete("/api/v1/admin/subscribers")
                .then()
                .statusCode(204);

        String personal = "'%erase.me%'";
        assertEquals(
                0,
                newsletters.count(
                        "SELECT count(*) FROM subscriber WHERE email ILIKE " + personal + " OR name = 'Taras'"));
        assertEquals(1, newsletters.count("SELECT count(*) FROM subscription"), "only keep@example.com's");
        assertEquals(
                0,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE recipient ILIKE " + personal
                        + " OR text_body ILIKE " + personal + " OR text_body LIKE '%Taras%'"
                        + " OR html_body ILIKE " + personal + " OR subject ILIKE " + personal
                        + " OR coalesce(last_error, '') ILIKE " + personal));
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE message_id = '<legacy-2@test>'"),
                "another reader's mail stays, without the erased address");
        assertEquals(1, newsletters.count("SELECT count(*) FROM subscription_confirmation"), "only keep@'s link");
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM rate_limit_counter WHERE bucket LIKE 'mail:%'"),
                "only keep@'s mail counter; the erased reader's is gone");
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM subscriber_erasure WHERE subscriptions = 2"
                        + " AND email_hmac NOT ILIKE " + personal + " AND erased_by IS NOT NULL"));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/newsletters/" + newsletter + "/subscribers")
                .then()
                .body("meta.total", equalTo(1))
                .body("data[0].email", equalTo("keep@example.com"));

        // The reader's links now lead nowhere; a second erasure finds nobody.
        String path = unsubscribe.substring(unsubscribe.indexOf("/api/"), unsubscribe.length() - 1);
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post(path)
                .then()
                .statusCode(410);
        given().auth()
                .oauth2(admin)
                .queryParam("email", "erase.me@example.com")
                .delete("/api/v1/admin/subscribers")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .queryParam("email", "not an address")
                .delete("/api/v1/admin/subscribers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }
}
