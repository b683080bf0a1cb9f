package com.newsdesk.newsletter;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The outbox worker delivers to {@link SmtpStub}, with a transaction timeout (4 s) below what a
 * slow SMTP server takes for one batch: no send may run inside a transaction.
 *
 * <p>One SMTP connection per message here: after the stub drops a connection mid-transaction, the
 * Vert.x mail client's pool sometimes handed the retry a connection that never answered, so the
 * retry waited out its send timeout; these tests are about claims, leases and outcomes (the
 * README names the limit).
 */
public class SlowMail implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsdesk.mail.deliver", "true",
                "quarkus.mailer.port", String.valueOf(SmtpStub.PORT),
                "quarkus.mailer.keep-alive", "false",
                "quarkus.transaction-manager.default-transaction-timeout", "4S",
                "newsdesk.mail.send-timeout", "20S",
                "newsdesk.mail.max-attempts", "3",
                "newsdesk.mail.retry-initial", "100ms",
                "newsdesk.mail.retry-max", "300ms");
    }
}
