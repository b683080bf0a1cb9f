package com.newsdesk.newsletter;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The outbox worker delivers mail (to {@link MailServer}). Other tests run without it, so that
 * its polling does not show up in their statement counts.
 */
public class MailOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.mail.deliver", "true");
    }
}
