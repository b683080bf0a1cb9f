package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.common.db.StatementCounter;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sign-up is one statement ({@code newsletter_sign_up}) after the per-network limit, with the
 * newsletter read from memory: what that must not change. The worker is off here, so the queued
 * mail is read from the outbox table.
 */
@QuarkusTest
class SignUpStatementTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    private String admin;
    private String morning;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        morning = NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
    }

    @Test
    void aSignUpIsTheNetworkLimitAndOneStatement() {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"first@example.com\"}")
                .then()
                .statusCode(202);
        StatementCounter.reset();
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"second@example.com\"}")
                .then()
                .statusCode(202);
        // The counter sees what goes through Hibernate: the per-network limit alone. The sign-up is
        // newsletter_sign_up over plain JDBC, and the newsletter came from memory.
        assertEquals(1, StatementCounter.count(), "the per-network limit, and nothing else through Hibernate");
        assertEquals(List.of("pending"), newsletters.statuses("second@example.com"));
        assertEquals(1, confirmationsTo("second@example.com", "Please confirm your subscription to Morning Briefing"));
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM subscription_confirmation c JOIN subscriber s"
                        + " ON s.id = c.subscriber_id WHERE s.email_key = 'second@example.com'"));
    }

    @Test
    void aNewsletterChangedOnAnotherInstanceIsReadAgain() {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"first@example.com\"}")
                .then()
                .statusCode(202); // this instance now keeps the newsletter in memory
        // Another instance renames it: the row changes, this instance's memory does not.
        newsletters.execute("UPDATE newsletter SET name = 'Kyiv Morning', version = version + 1 WHERE slug ="
                + " 'morning-briefing'");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"second@example.com\"}")
                .then()
                .statusCode(202);
        assertEquals(1, confirmationsTo("second@example.com", "Please confirm your subscription to Kyiv Morning"));

        newsletters.execute("UPDATE newsletter SET status = 'archived', version = version + 1 WHERE slug ="
                + " 'morning-briefing'");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"third@example.com\"}")
                .then()
                .statusCode(404);
        assertEquals(List.of(), newsletters.statuses("third@example.com"));
        assertEquals(0, newsletters.count("SELECT count(*) FROM subscriber WHERE email_key = 'third@example.com'"));
    }

    @Test
    void whenOnlySomeAreDueTheMailNamesThoseAndTheLinkConfirmsThose() {
        NewsletterFixtures.create(admin, "war-explained", "War, Explained");
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"reader@example.com\", \"newsletters\": [\"morning-briefing\", \"war-explained\"]}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(202);
        assertEquals(2, newsletters.count("SELECT count(*) FROM mail_outbox WHERE recipient = 'reader@example.com'"));
        assertEquals(1, confirmationsTo("reader@example.com", "Please confirm your subscription to War, Explained"));
        // The second confirmation holds the war-explained subscription alone.
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM subscription_confirmation c JOIN subscription sub"
                        + " ON sub.id = ANY (c.subscription_ids) JOIN newsletter n ON n.id = sub.newsletter_id"
                        + " WHERE n.slug = 'war-explained' AND cardinality(c.subscription_ids) = 1"));
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM subscription_confirmation c JOIN subscription sub"
                        + " ON sub.id = ANY (c.subscription_ids) WHERE sub.newsletter_id = '" + morning + "'"));
    }

    @Test
    void aNulInTheNameIsA400AndNothingIsWritten() {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"nul@example.com\", \"name\": \"Ol\\u0000ena\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, newsletters.count("SELECT count(*) FROM subscriber WHERE email_key = 'nul@example.com'"));
    }

    @Test
    void eightSignUpsOfOneAddressAtOnceSendOneConfirmation() throws Exception {
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"warm@example.com\"}")
                .then()
                .statusCode(202);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"twice@example.com\"}")
                        .statusCode());
            }
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertEquals(202, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("pending"), newsletters.statuses("twice@example.com"));
        assertEquals(1, newsletters.count("SELECT count(*) FROM mail_outbox WHERE recipient = 'twice@example.com'"));
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM subscription_confirmation c JOIN subscriber s"
                        + " ON s.id = c.subscriber_id WHERE s.email_key = 'twice@example.com'"));
    }

    private long confirmationsTo(String recipient, String subject) {
        return newsletters.count("SELECT count(*) FROM mail_outbox WHERE kind = 'confirmation' AND recipient = '"
                + recipient + "' AND subject = '" + subject.replace("'", "''") + "'");
    }
}
