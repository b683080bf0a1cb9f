package com.newsdesk.staff;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A server at its limits: one password hash at a time, barely any wait for it, and a short public statement timeout. */
public class Overloaded implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsdesk.auth.hash-concurrency", "1",
                "newsdesk.auth.hash-wait", "1ms",
                "newsdesk.db.public-statement-timeout", "300ms");
    }
}
