package com.newsdesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two production instances on one database, each with its read cache: an unpublish made through
 * one is never served by it once the call has returned, and by the other within one second.
 */
class TwoInstancesIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(int port, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    /** An entry posted through A reaches a reader streaming from B within a second (LISTEN/NOTIFY). */
    private void liveEntryReachesAStreamOnTheOtherInstance(int portA, int portB, String token, String id, String slug)
            throws Exception {
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + portB + "/api/v1/articles/" + slug + "/entries/stream"))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // closed below
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(300); // the stream has joined
        assertEquals(
                201,
                call(portA, "POST", "/api/v1/admin/articles/" + id + "/entries", token, "{\"headline\": \"From A\"}")
                        .statusCode());
        long posted = System.nanoTime();
        String line;
        do {
            line = lines.poll(posted + TimeUnit.SECONDS.toNanos(1) - System.nanoTime(), TimeUnit.NANOSECONDS);
        } while (line != null && !line.contains("From A"));
        assertTrue(line != null, "the entry did not reach instance B's stream within a second");
        stream.body().close();
    }

    @Test
    void anUnpublishReachesTheOtherInstanceWithinOneSecond() throws Exception {
        Map<String, String> env = new HashMap<>(ProductionJarIT.embedded());
        env.putAll(ProductionJarIT.keyFiles());
        env.put("NEWSDESK_ADMIN_EMAIL", "chief@newsroom.example");
        env.put("NEWSDESK_ADMIN_PASSWORD", "two instances password");
        int portA = ProductionJarIT.freePort();
        int portB = ProductionJarIT.freePort();
        Process a = ProductionJarIT.start(env, portA);
        Process b = ProductionJarIT.start(env, portB);
        try {
            assertEquals(200, ProductionJarIT.waitForReady(http, portA, a).statusCode());
            assertEquals(200, ProductionJarIT.waitForReady(http, portB, b).statusCode());
            String token = field(
                    call(
                                    portA,
                                    "POST",
                                    "/api/v1/admin/auth/token",
                                    null,
                                    "{\"email\": \"chief@newsroom.example\", \"password\": \"two instances password\"}")
                            .body(),
                    "accessToken");
            String suffix = Long.toString(System.nanoTime(), 36);
            assertEquals(
                    201,
                    call(
                                    portA,
                                    "POST",
                                    "/api/v1/admin/sections",
                                    token,
                                    "{\"slug\": \"s" + suffix + "\", \"name\": \"Section\"}")
                            .statusCode());
            assertEquals(
                    201,
                    call(
                                    portA,
                                    "POST",
                                    "/api/v1/admin/authors",
                                    token,
                                    "{\"slug\": \"a" + suffix + "\", \"name\": \"Author\"}")
                            .statusCode());
            String id = field(
                    call(
                                    portA,
                                    "POST",
                                    "/api/v1/admin/articles",
                                    token,
                                    "{\"headline\": \"Shared story " + suffix + "\", \"live\": true, \"authors\": [\"a"
                                            + suffix
                                            + "\"], \"section\": \"s" + suffix
                                            + "\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}")
                            .body(),
                    "id");
            assertEquals(
                    200,
                    call(portA, "POST", "/api/v1/admin/articles/" + id + "/publish", token, null)
                            .statusCode());
            liveEntryReachesAStreamOnTheOtherInstance(portA, portB, token, id, "shared-story-" + suffix);
            String path = "/api/v1/articles/by-id/" + id;
            assertEquals(200, call(portB, "GET", path, null, null).statusCode());
            assertEquals(200, call(portB, "GET", path, null, null).statusCode()); // now cached on B

            assertEquals(
                    200,
                    call(portA, "POST", "/api/v1/admin/articles/" + id + "/unpublish", token, null)
                            .statusCode());
            long returned = System.nanoTime();
            assertEquals(404, call(portA, "GET", path, null, null).statusCode());
            int status = 200;
            while (status != 404 && System.nanoTime() - returned < TimeUnit.SECONDS.toNanos(2)) {
                status = call(portB, "GET", path, null, null).statusCode();
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - returned);
            assertEquals(404, status);
            assertTrue(elapsedMillis < 1000, "instance B still served it after " + elapsedMillis + " ms");
        } finally {
            a.destroy();
            b.destroy();
            a.waitFor(20, TimeUnit.SECONDS);
            b.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
