package com.newsdesk.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.mail.Outbox;
import com.newsdesk.mail.OutboxWorker;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: an SMTP outage delays mail and loses none; workers never send a message twice. */
@QuarkusTest
@TestProfile(MailOn.class)
class OutboxDeliveryTest {

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    NewsletterFixtures newsletters;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @BeforeEach
    void newsroom() {
        content.deleteAllContent();
        staff.deleteAll();
        MailServer.clear();
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNone() throws Exception {
        String admin = StaffFixtures.login(staff.create(StaffRole.ADMIN));
        NewsletterFixtures.create(admin, "morning-briefing", "Morning Briefing");
        MailServer.stop();
        long started = System.currentTimeMillis();
        NewsletterFixtures.subscribe("morning-briefing", "{\"email\": \"reader@example.com\"}")
                .then()
                .statusCode(202); // the reader's request does not wait for, or fail with, SMTP
        assertTrue(System.currentTimeMillis() - started < 3_000);
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until
                && newsletters.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 2") == 0) {
            Thread.sleep(100);
        }
        assertEquals(
                1,
                newsletters.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 2 AND sent_at IS NULL"
                        + " AND last_error IS NOT NULL"),
                "tried, failed, kept for a retry");

        MailServer.start();
        assertEquals(1, MailServer.await(1, 10_000).size(), "delivered once SMTP is back");
        assertEquals(
                "reader@example.com", MailServer.recipient(MailServer.received().get(0)));
        Thread.sleep(1_000);
        assertEquals(1, MailServer.received().size());
        assertEquals(1, newsletters.count("SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL"));
    }

    @Test
    void twoWorkersDeliverTwoHundredMessagesExactlyOnce() throws Exception {
        int total = 250;
        Set<String> queued = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < total; i++) {
                queued.add(outbox.enqueue(new Outbox.Mail(
                        null,
                        "test",
                        "Newsdesk",
                        "reader" + i + "@example.com",
                        "Message " + i,
                        "Text " + i,
                        "<p>Html " + i + "</p>",
                        Map.of())));
            }
        });
        // Two workers of our own race each other (and the instance's own worker, a third).
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(pool.submit(() -> {
                int delivered = 0;
                int batch;
                while ((batch = worker.deliverBatch()) > 0) {
                    delivered += batch;
                }
                return delivered;
            }));
        }
        for (Future<Integer> done : workers) {
            done.get();
        }
        pool.shutdown();
        MailServer.await(total, 20_000);
        Thread.sleep(1_000); // anything sent twice would have arrived by now
        List<String> ids = MailServer.received().stream()
                .map(m -> MailServer.header(m, "Message-ID"))
                .toList();
        assertEquals(total, ids.size(), "no message twice, none missing");
        assertEquals(queued, new HashSet<>(ids), "exactly the queued Message-IDs");
        assertEquals(total, newsletters.count("SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL"));
    }
}
