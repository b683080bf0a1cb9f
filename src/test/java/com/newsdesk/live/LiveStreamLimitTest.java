package com.newsdesk.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An instance keeps at most newsdesk.live.max-streams streams open, and a closed one frees its place. */
@QuarkusTest
@TestProfile(LiveStreamLimitTest.TwoStreams.class)
class LiveStreamLimitTest {

    public static class TwoStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.live.max-streams", "2");
        }
    }

    @TestHTTPResource("/api/v1/articles/blackout-live/entries/stream")
    URL stream;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    @Inject
    LiveHub hub;

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        String editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        LiveFixtures.liveArticle(editor, "Blackout live");
    }

    private HttpResponse<Stream<String>> open() throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(stream.toURI()).build(), HttpResponse.BodyHandlers.ofLines());
    }

    @Test
    void aThirdStreamIs503UntilOneCloses() throws Exception {
        HttpResponse<Stream<String>> first = open();
        HttpResponse<Stream<String>> second = open();
        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        waitFor(2);
        given().get("/api/v1/articles/blackout-live/entries/stream")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        first.body().close(); // the client goes away; the server notices at its next write (a heartbeat)
        waitFor(1);
        HttpResponse<Stream<String>> third = open();
        assertEquals(200, third.statusCode());
        second.body().close();
        third.body().close();
    }

    /** Waits (up to 5 s: heartbeats come every second in tests) until this many streams are open. */
    private void waitFor(int streams) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (hub.open() != streams && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(hub.open() == streams, "open streams: " + hub.open());
    }
}
