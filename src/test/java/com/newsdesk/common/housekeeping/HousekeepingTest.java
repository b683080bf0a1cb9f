package com.newsdesk.common.housekeeping;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.newsletter.NewsletterFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One housekeeping pass deletes what has expired and keeps what has not. */
@QuarkusTest
class HousekeepingTest {

    private static final String EXPIRED_TOKEN = "expired-token-expired-token-expired-token-0";
    private static final String UNKNOWN_TOKEN = "unknown-token-unknown-token-unknown-token-0";

    @Inject
    Housekeeper housekeeper;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures sql;

    @Inject
    EntityManager db;

    @BeforeEach
    void empty() {
        content.deleteAllContent();
    }

    private void reader(String name, String age, String status) {
        sql.execute("INSERT INTO subscriber (id, email, email_key, created_at) VALUES (gen_random_uuid(), '" + name
                + "@example.com', '" + name + "@example.com', now() - interval '" + age + "')");
        if (status != null) {
            sql.execute("INSERT INTO subscription (id, subscriber_id, newsletter_id, status, consent_at, created_at)"
                    + " SELECT gen_random_uuid(), s.id, n.id, '" + status + "', s.created_at, s.created_at"
                    + " FROM subscriber s, newsletter n WHERE s.email_key = '" + name + "@example.com'");
        }
    }

    private void confirmation(String token, String reader, String expires) {
        sql.execute("INSERT INTO subscription_confirmation (token_hash, subscriber_id, subscription_ids, expires_at)"
                + " SELECT sha256(convert_to('" + token + "', 'UTF8')), id, '{}', now() + interval '" + expires
                + "' FROM subscriber WHERE email_key = '" + reader + "@example.com'");
    }

    private void mail(String id, String status, String finishedAgo) {
        boolean done = !status.equals("queued");
        sql.execute("INSERT INTO mail_outbox (message_id, kind, sender_name, recipient, subject, text_body,"
                + " html_body, status, created_at, next_attempt_at, finished_at, sent_at) VALUES ('<" + id
                + "@test>', 'test', 'N', 'r@example.com', 'S', 'T', 'H', '" + status + "', now() - interval '"
                + finishedAgo + "', " + (done ? "NULL" : "now()") + ", "
                + (done ? "now() - interval '" + finishedAgo + "'" : "NULL") + ", "
                + (status.equals("sent") ? "now() - interval '" + finishedAgo + "'" : "NULL") + ")");
    }

    private static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/subscriptions/confirm");
    }

    @Test
    void onePassDeletesWhatHasExpiredAndKeepsTheRest() {
        sql.execute("INSERT INTO newsletter (id, slug, name, cadence, sender_name)"
                + " VALUES (gen_random_uuid(), 'kept', 'Kept', 'daily', 'Kept')");
        reader("abandoned", "31 days", "pending");
        reader("pending", "1 day", "pending");
        reader("loyal", "400 days", "confirmed");
        reader("gone", "400 days", "unsubscribed");
        reader("orphan", "31 days", null);
        reader("arriving", "1 second", null);
        confirmation(EXPIRED_TOKEN, "pending", "-1 hour");
        confirmation("fresh-token-fresh-token-fresh-token-fresh-0", "pending", "1 hour");
        sql.execute("INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES"
                + " ('subscribe:old', now() - interval '3 days', 5), ('subscribe:new', now(), 5)");
        mail("sent-old", "sent", "31 days");
        mail("sent-new", "sent", "29 days");
        mail("failed-old", "failed", "31 days");
        mail("unknown-old", "unknown", "31 days");
        mail("skipped-old", "skipped", "31 days");
        mail("failed-new", "failed", "1 day");
        mail("queued-old", "queued", "40 days");

        // An expired link answers 410 before and after it is purged, exactly as an unknown one.
        String expired = confirm(EXPIRED_TOKEN).then().statusCode(410).extract().asString();
        assertTrue(housekeeper.runOnce());
        assertEquals(
                expired, confirm(EXPIRED_TOKEN).then().statusCode(410).extract().asString());
        assertEquals(
                expired, confirm(UNKNOWN_TOKEN).then().statusCode(410).extract().asString());

        assertEquals(
                1,
                sql.count("SELECT count(*) FROM subscription_confirmation"),
                "the expired link is gone, not the other");
        assertEquals(
                "arriving,gone,loyal,pending",
                String.join(",", names()),
                "never-confirmed readers and readers without subscriptions after 30 days are gone");
        assertEquals(3, sql.count("SELECT count(*) FROM subscription"));
        assertEquals(1, sql.count("SELECT count(*) FROM rate_limit_counter WHERE bucket = 'subscribe:new'"));
        assertEquals(1, sql.count("SELECT count(*) FROM rate_limit_counter"));
        assertEquals(
                "<failed-new@test>,<queued-old@test>,<sent-new@test>",
                String.join(",", messageIds()),
                "done mail past its keep time is gone; mail still to send stays");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> names() {
        return QuarkusTransaction.requiringNew()
                .call(() -> db.createNativeQuery("SELECT split_part(email, '@', 1) FROM subscriber ORDER BY 1")
                        .getResultList());
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> messageIds() {
        return QuarkusTransaction.requiringNew()
                .call(() -> db.createNativeQuery("SELECT message_id FROM mail_outbox ORDER BY 1")
                        .getResultList());
    }

    @Test
    void onlyOneInstanceAtATime() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> instance =
                other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    db.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS held")
                            .setParameter(1, Housekeeper.LOCK)
                            .getSingleResult();
                    locked.countDown();
                    try {
                        done.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        assertFalse(housekeeper.runOnce(), "another instance is at it");
        done.countDown();
        instance.get(10, TimeUnit.SECONDS);
        other.shutdown();
        assertTrue(housekeeper.runOnce());
    }
}
