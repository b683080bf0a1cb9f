package com.newsdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.newsletter.MailOn;
import com.newsdesk.newsletter.MailServer;
import com.newsdesk.newsletter.NewsletterFixtures;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message the SMTP server accepted is recorded as sent even when the database fails the first
 * tries to record it: otherwise its claim would run out, it would count as an unknown outcome and
 * go out a second time.
 */
@QuarkusTest
@TestProfile(MailOn.class)
class OutcomeRecordingTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxClaims claims;

    @Inject
    NewsletterFixtures newsletters;

    @BeforeEach
    void emptyOutbox() {
        newsletters.execute("DELETE FROM mail_outbox");
        MailServer.clear();
    }

    @Test
    void anAcceptedMessageWhoseOutcomeFailsToRecordIsRecordedLaterAndNeverSentAgain() throws Exception {
        OutboxClaims real = ClientProxy.unwrap(claims);
        AtomicInteger failures = new AtomicInteger(2);
        QuarkusMock.installMockForType(
                new OutboxClaims(null, null) {
                    @Override
                    java.util.List<OutboxMessage> claim(Instant now, Instant until, int limit) {
                        return real.claim(now, until, limit);
                    }

                    @Override
                    int sent(java.util.List<OutboxMessage> messages, Instant now) {
                        if (failures.getAndDecrement() > 0) {
                            throw new IllegalStateException("the database is away");
                        }
                        return real.sent(messages, now);
                    }

                    @Override
                    boolean failed(OutboxMessage message, Instant now, Instant retryAt, String error) {
                        return real.failed(message, now, retryAt, error);
                    }

                    @Override
                    boolean unknown(OutboxMessage message, Instant now, Instant retryAt, String error) {
                        return real.unknown(message, now, retryAt, error);
                    }

                    @Override
                    boolean skipped(OutboxMessage message, Instant now, String reason) {
                        return real.skipped(message, now, reason);
                    }

                    @Override
                    void release(OutboxMessage message, Instant now) {
                        real.release(message, now);
                    }
                },
                OutboxClaims.class);
        String id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new Outbox.Mail(
                        null, "test", "Newsdesk", "reader@example.com", "Once", "Text", "<p>Html</p>", Map.of())));

        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until
                && newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") == 0) {
            Thread.sleep(50);
        }
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent' AND attempts = 1"
                        + " AND unknown_outcomes = 0"),
                "recorded as sent, on its first attempt");
        assertEquals(-1, failures.get(), "two failed tries to record, then the one that worked");
        Thread.sleep(1_000); // several polls: a second send would have arrived by now
        assertEquals(1, MailServer.received().size());
        assertEquals(id, MailServer.header(MailServer.received().get(0), "Message-ID"));
    }

    @Test
    void mailOfOneBatchThatTheServerAcceptedIsRecordedAsSentTogether() throws Exception {
        // A first mail opens the SMTP connection, so that the batch is sent at a warm server's pace.
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.enqueue(new Outbox.Mail(
                        null, "test", "Newsdesk", "first@example.com", "First", "Text", "<p>Html</p>", Map.of())));
        assertEquals(1, MailServer.await(1, 10_000).size());
        MailServer.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) { // one commit: the worker claims them in one batch
                outbox.enqueue(new Outbox.Mail(
                        null,
                        "test",
                        "Newsdesk",
                        "reader" + i + "@example.com",
                        "Batch",
                        "Text",
                        "<p>Html</p>",
                        Map.of()));
            }
        });
        assertEquals(5, MailServer.await(5, 10_000).size());
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until
                && newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") < 6) {
            Thread.sleep(50);
        }
        assertEquals(6, newsletters.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent' AND attempts = 1"));
        // Recorded one by one, the five would have five times. Together, one statement gives them
        // one; two when a pause of the machine (a GC, say) made the worker record the first early.
        long times = newsletters.count("SELECT count(DISTINCT sent_at) FROM mail_outbox WHERE subject = 'Batch'");
        assertTrue(times <= 2, "the five were recorded with " + times + " statements");
        assertEquals(0, newsletters.count("SELECT count(*) FROM mail_outbox WHERE claimed_until IS NOT NULL"));
    }
}
