package com.newsdesk.staff;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service behind a reverse proxy on the test machine itself: X-Forwarded-For names the client. */
public class BehindProxy implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.http.trusted-proxies", "127.0.0.0/8,::1/128");
    }
}
