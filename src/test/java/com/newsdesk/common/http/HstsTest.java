package com.newsdesk.common.http;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(HstsTest.WithHsts.class)
class HstsTest {

    public static class WithHsts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.http.hsts", "max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void configuredHstsIsSentEverywhere() {
        given().get("/api/v1/sections")
                .then()
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().get("/nope")
                .then()
                .statusCode(404)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
