package com.newsdesk.newsletter;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The outbox worker delivers mail (to {@link MailServer}). Other tests run without it, so that
 * its polling does not show up in their statement counts.
 *
 * <p>Tests stop and start the SMTP server under the application; a pooled connection to the
 * stopped server can leave the next send waiting for an answer that never comes (the README's
 * known limit). A short send timeout turns that into an unknown outcome that is retried at once
 * on a new connection, instead of a minute's wait.
 */
public class MailOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.mail.deliver", "true", "newsdesk.mail.send-timeout", "2S");
    }
}
