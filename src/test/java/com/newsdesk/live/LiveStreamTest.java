package com.newsdesk.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.article.ArticleFixtures;
import com.newsdesk.staff.StaffFixtures;
import com.newsdesk.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The News Feed as server-sent events, read line by line as a browser's EventSource reads it. */
@QuarkusTest
class LiveStreamTest {

    @TestHTTPResource("/api/v1/articles/blackout-live/entries/stream")
    URL stream;

    @Inject
    StaffFixtures staff;

    @Inject
    ArticleFixtures content;

    @Inject
    EntityManager db;

    private String editor;
    private String article;
    private final List<Stream<String>> open = new ArrayList<>();

    /** One event as received: its fields, or a comment. */
    record Event(String name, String id, String data, String comment) {}

    @BeforeEach
    void newsroom() {
        QuarkusTransaction.requiringNew()
                .run(() -> db.createNativeQuery("UPDATE collection SET items = '[]'")
                        .executeUpdate());
        content.deleteAllContent();
        staff.deleteAll();
        editor = StaffFixtures.login(staff.create(StaffRole.EDITOR));
        ArticleFixtures.basics(editor);
        article = LiveFixtures.liveArticle(editor, "Blackout live");
    }

    @AfterEach
    void close() {
        open.forEach(Stream::close);
    }

    /** Opens the stream (with a Last-Event-ID when given) and collects its events in the background. */
    private BlockingQueue<Event> listen(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream.toURI()).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("ETag").isEmpty(), "a stream is never buffered for an ETag");
        open.add(response.body());
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.isEmpty()) {
                        if (name != null || data.length() > 0) {
                            events.add(new Event(name, id, data.toString(), null));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        events.add(new Event(null, null, null, line.substring(1).trim()));
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /** The next event that is not a comment, within a second. */
    private static Event next(BlockingQueue<Event> events) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < until) {
            Event event = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.comment() == null) {
                return event;
            }
        }
        return null;
    }

    @Test
    void everyChangeReachesAnOpenStreamWithinASecond() throws Exception {
        BlockingQueue<Event> events = listen(null);
        Thread.sleep(200); // the stream has joined
        String id = LiveFixtures.entry(editor, article, "{\"headline\": \"Power is back\", \"keyEvent\": true}");
        Event created = next(events);
        assertNotNull(created, "entry.created within a second of the commit");
        assertEquals("entry.created", created.name());
        assertTrue(created.data().contains("\"id\":\"" + id + "\""), created.data());
        assertTrue(created.data().contains("\"headline\":\"Power is back\""));
        assertTrue(created.id().endsWith("-" + id), created.id());

        LiveFixtures.patch(editor, article, id, "{\"headline\": \"Power is back in the east\"}")
                .then()
                .statusCode(200);
        Event updated = next(events);
        assertNotNull(updated);
        assertEquals("entry.updated", updated.name());
        assertTrue(updated.data().contains("in the east"));

        LiveFixtures.delete(editor, article, id).then().statusCode(204);
        Event deleted = next(events);
        assertNotNull(deleted);
        assertEquals("entry.deleted", deleted.name());
        assertTrue(deleted.data().contains("\"deletedAt\""), deleted.data());

        // The id of an event is a since value: polling from it has nothing newer.
        given().get("/api/v1/articles/blackout-live/entries?since=" + deleted.id())
                .then()
                .statusCode(200)
                .body("data.size()", org.hamcrest.Matchers.is(0));

        String other = LiveFixtures.entry(editor, article, "{\"headline\": \"Crews at work\"}");
        Event otherCreated = next(events);
        assertNotNull(otherCreated);

        // Resuming after the first event gives, at once, each entry changed since, in its latest state.
        BlockingQueue<Event> resumed = listen(created.id());
        Event first = next(resumed);
        Event second = next(resumed);
        assertNotNull(second, "both missed changes");
        assertEquals(List.of("entry.deleted", "entry.created"), List.of(first.name(), second.name()));
        assertEquals(List.of(deleted.id(), otherCreated.id()), List.of(first.id(), second.id()));
        assertTrue(second.data().contains(other));
        assertNull(next(resumed), "nothing twice");
    }

    @Test
    void aHeartbeatCommentKeepsTheStreamAlive() throws Exception {
        BlockingQueue<Event> events = listen(null);
        Event beat = events.poll(3, TimeUnit.SECONDS); // every second in tests, 15 s by default
        assertNotNull(beat);
        assertEquals("heartbeat", beat.comment());
    }

    @Test
    void badResumptionsAndUnknownArticlesAreProblems() {
        given().header("Last-Event-ID", "not-an-id")
                .get("/api/v1/articles/blackout-live/entries/stream")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Last-Event-ID"));
        given().get("/api/v1/articles/no-such-story/entries/stream").then().statusCode(404);
        ArticleFixtures.draft(editor, "Secret live");
        given().get("/api/v1/articles/secret-live/entries/stream").then().statusCode(404);
    }

    @Test
    void manyStreamsOfOneArticleAllGetTheEntry() throws Exception {
        List<BlockingQueue<Event>> readers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            readers.add(listen(null));
        }
        Thread.sleep(300);
        String id = LiveFixtures.entry(editor, article, "{\"headline\": \"For everyone\"}");
        long start = System.nanoTime();
        for (BlockingQueue<Event> reader : readers) {
            Event event = next(reader);
            assertNotNull(event, "a reader got nothing");
            assertTrue(event.data().contains(id));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000);
    }
}
