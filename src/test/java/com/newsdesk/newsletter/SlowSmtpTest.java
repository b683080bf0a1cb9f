package com.newsdesk.newsletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.mail.Outbox;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery against an SMTP server that is slow, drops connections after DATA, or refuses: each
 * message is sent once when the server took it, retried once with the same Message-ID when we
 * cannot know, and failed after the last attempt; admins see what did not go out.
 */
@QuarkusTest
@TestProfile(SlowMail.class)
class SlowSmtpTest {

    private static final String IDLE_IN_TRANSACTION = "SELECT count(*) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            + " AND state LIKE 'idle in transaction%' AND state_change < now() - interval '500 milliseconds'";

    @Inject
    Outbox outbox;

    @Inject
    NewsletterFixtures newsletters;

    @Inject
    StaffFixtures staff;

    @Inject
    EntityManager db;

    @BeforeEach
    void emptyOutbox() throws Exception {
        SmtpStub.start();
        newsletters.execute("DELETE FROM mail_outbox");
        staff.deleteAll();
    }

    @AfterAll
    static void stopServer() throws Exception {
        SmtpStub.stop();
    }

    private List<String> queue(int count, String recipient) {
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                ids.add(outbox.enqueue(new Outbox.Mail(
                        null, "test", "Newsdesk", recipient, "Message " + i, "Text " + i, "<p>Html</p>", Map.of())));
            }
        });
        return ids;
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not reached in " + millis + " ms");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aSlowServerGetsEachMessageOnceAndNoTransactionWaitsForIt() throws Exception {
        SmtpStub.delayMillis = 5_000; // above the 4 s transaction timeout of this profile
        List<String> queued = queue(3, "reader@example.com");
        int stalledChecks = 0;
        long until = System.currentTimeMillis() + 40_000;
        while (SmtpStub.accepted.size() < 3 && System.currentTimeMillis() < until) {
            if (SmtpStub.arrived.size() > SmtpStub.accepted.size()) { // the server is stalling right now
                assertEquals(0, newsletters.count(IDLE_IN_TRANSACTION), "a transaction is open while SMTP stalls");
                stalledChecks++;
            }
            Thread.sleep(200);
        }
        assertTrue(stalledChecks > 20, "checked during the stalls: " + stalledChecks);
        assertEquals(3, SmtpStub.accepted.size(), "all delivered");
        // Past several transaction timeouts and polls: a rolled-back claim would have sent them again.
        Thread.sleep(3_000);
        assertEquals(new HashSet<>(queued), new HashSet<>(SmtpStub.accepted));
        assertEquals(3, SmtpStub.arrived.size(), "each message went over the wire exactly once");
        assertEquals(3, newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'"));
    }

    @Test
    void aConnectionLostAfterDataIsRetriedOnceWithTheSameMessageId() throws Exception {
        SmtpStub.dropAfterData.set(1);
        String id = queue(1, "reader@example.com").get(0);
        await(() -> newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") == 1, 10_000);
        assertEquals(List.of(id, id), SmtpStub.arrived, "the same Message-ID both times, so receivers can drop one");
        assertEquals(List.of(id), SmtpStub.accepted);
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent' AND attempts = 2"
                        + " AND unknown_outcomes = 1"));
    }

    @Test
    void aSecondUnknownOutcomeIsNotRetriedAndAdminsSeeIt() throws Exception {
        SmtpStub.dropAfterData.set(10);
        String id = queue(1, "reader@example.com").get(0);
        await(
                () -> newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'unknown'"
                                + " AND next_attempt_at IS NULL")
                        == 1,
                10_000);
        Thread.sleep(1_000); // several retry intervals
        assertEquals(List.of(id, id), SmtpStub.arrived);
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "unknown")
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("meta.total", equalTo(1))
                .body("data[0].status", equalTo("unknown"))
                .body("data[0].kind", equalTo("test"))
                .body("data[0].attempts", equalTo(2))
                .body("data[0].unknownOutcomes", equalTo(2))
                .body("data[0].lastAttemptAt", not(equalTo(null)));
    }

    @Test
    void aPermanentRefusalFailsAtOnceWithTheAddressRedacted() throws Exception {
        SmtpStub.rcptReply = "550 5.1.1 <{rcpt}>: Recipient address rejected";
        queue(1, "Gone.Reader@example.com");
        await(() -> newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'failed'") == 1, 10_000);
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE attempts = 1 AND next_attempt_at IS NULL"
                        + " AND last_error LIKE '%550%[address]%' AND last_error NOT LIKE '%@%'"));

        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "failed")
                .queryParam("limit", 5)
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("meta.page", equalTo(1))
                .body("meta.limit", equalTo(5))
                .body("meta.total", equalTo(1))
                .body("data[0].status", equalTo("failed"))
                .body("data[0].lastError", containsString("[address]"))
                .body("data[0].lastError", not(containsString("@")))
                .body("data[0].id", not(equalTo(null)))
                .body("data[0].createdAt", not(equalTo(null)))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("recipient")));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(200)
                .body("meta.total", equalTo(1));
        given().auth()
                .oauth2(admin)
                .queryParam("status", "sent")
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().auth()
                .oauth2(admin)
                .queryParam("limit", "abc")
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth()
                .oauth2(editor)
                .get("/api/v1/admin/mail")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/admin/mail").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTemporaryRefusalIsRetriedUntilTheLastAttempt() throws Exception {
        SmtpStub.rcptReply = "451 4.3.0 <{rcpt}> try again later";
        queue(1, "reader@example.com");
        await(() -> newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'failed'") == 1, 10_000);
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE attempts = 3 AND unknown_outcomes = 0"
                        + " AND last_error NOT LIKE '%@%'"),
                "max-attempts is 3 in this profile");
        assertEquals(0, SmtpStub.arrived.size(), "refused before DATA every time");
    }

    @Test
    void aClaimWhoseWorkerDiedIsRetriedOnceAndCounted() throws Exception {
        String[] id = new String[1];
        QuarkusTransaction.requiringNew().run(() -> {
            id[0] = outbox.enqueue(new Outbox.Mail(
                    null, "test", "Newsdesk", "reader@example.com", "Claimed", "Text", "<p>Html</p>", Map.of()));
            db.flush();
            // What a worker that died mid-send leaves: claimed, one attempt, the lease over.
            db.createNativeQuery("UPDATE mail_outbox SET status = 'sending', attempts = 1, next_attempt_at = NULL,"
                            + " claimed_until = now() - interval '1 second' WHERE message_id = ?1")
                    .setParameter(1, id[0])
                    .executeUpdate();
        });
        await(() -> newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") == 1, 10_000);
        assertEquals(List.of(id[0]), SmtpStub.accepted);
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent' AND attempts = 2"
                        + " AND unknown_outcomes = 1"));
    }
}
