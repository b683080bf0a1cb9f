package com.newsdesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production jar while its PostgreSQL stops for a few seconds and starts again on the same
 * port and data: every answer is a success or a 503 problem with Retry-After (never a 500, a 401
 * for a valid token, or a dropped connection), readiness goes DOWN and comes back while liveness
 * stays UP, service returns within 10 s, and no acknowledged write is lost.
 */
class DatabaseRestartIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(String what, int status, String contentType, String retryAfter, String error) {
        boolean acceptable() {
            if (error != null) {
                return false;
            }
            if (status >= 200 && status < 300) {
                return true;
            }
            return status == 503 && "application/problem+json".equals(contentType) && retryAfter != null;
        }
    }

    private static EmbeddedPostgres startDatabase(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(WrappedBinaryResolver.INSTANCE)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private HttpResponse<String> call(int port, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15));
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

    private Answer answer(String what, int port, String method, String path, String token, String json) {
        try {
            HttpResponse<String> response = call(port, method, path, token, json);
            return new Answer(
                    what,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.statusCode() >= 500 && response.statusCode() != 503 ? response.body() : null);
        } catch (Exception e) {
            return new Answer(what, -1, null, null, e.toString());
        }
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    @Test
    void aDatabaseRestartCosts503sOnlyAndNothingIsLost() throws Exception {
        Path data = Files.createTempDirectory("newsdesk-restart-db");
        int dbPort = ProductionJarIT.freePort();
        EmbeddedPostgres db = startDatabase(data, dbPort);
        try (Connection connection = db.getPostgresDatabase().getConnection();
                Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE newsdesk_restart");
        }
        Map<String, String> env = new HashMap<>(ProductionJarIT.keyFiles());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/newsdesk_restart");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("NEWSDESK_ADMIN_EMAIL", "chief@newsroom.example");
        env.put("NEWSDESK_ADMIN_PASSWORD", "restart test password");
        int port = ProductionJarIT.freePort();
        Process app = ProductionJarIT.start(env, port);
        // Drain the service's log into a file: an unread pipe would fill and stall the service.
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-database-restart-it.log");
        Thread drain = new Thread(() -> {
            try (var in = app.getInputStream()) {
                Files.copy(in, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException ignored) {
                // the service ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        try {
            assertEquals(200, ProductionJarIT.waitForReady(http, port, app).statusCode());
            String token = field(
                    call(
                                    port,
                                    "POST",
                                    "/api/v1/admin/auth/token",
                                    null,
                                    "{\"email\": \"chief@newsroom.example\", \"password\": \"restart test password\"}")
                            .body(),
                    "accessToken");

            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Answer> live = new ConcurrentLinkedQueue<>();
            Runnable readers = () -> {
                while (running.get()) {
                    answers.add(answer("public read", port, "GET", "/api/v1/sections?limit=5", null, null));
                    answers.add(answer("staff read", port, "GET", "/api/v1/admin/me", token, null));
                }
            };
            Runnable writer = () -> {
                int n = 0;
                while (running.get()) {
                    String slug = "restart-" + n++;
                    try {
                        HttpResponse<String> response = call(
                                port,
                                "POST",
                                "/api/v1/admin/sections",
                                token,
                                "{\"slug\": \"" + slug + "\", \"name\": \"Section " + slug + "\"}");
                        answers.add(new Answer(
                                "staff write",
                                response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(null),
                                response.headers().firstValue("Retry-After").orElse(null),
                                response.statusCode() >= 500 && response.statusCode() != 503 ? response.body() : null));
                        if (response.statusCode() == 201) {
                            acknowledged.add(field(response.body(), "id"));
                        }
                    } catch (Exception e) {
                        answers.add(new Answer("staff write", -1, null, null, e.toString()));
                    }
                }
            };
            Runnable liveness = () -> {
                while (running.get()) {
                    live.add(answer("live", port, "GET", "/q/health/live", null, null));
                    sleep(100);
                }
            };
            for (Runnable task : List.of(readers, readers, writer, liveness)) {
                Thread thread = new Thread(task);
                thread.start();
                load.add(thread);
            }
            sleep(1500);
            db.close(); // a fast shutdown, as an operator's restart does
            long stopped = System.nanoTime();
            boolean sawDown = false;
            while (System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(4)) {
                if (call(port, "GET", "/q/health/ready", null, null).statusCode() == 503) {
                    sawDown = true;
                }
                sleep(200);
            }
            assertTrue(sawDown, "ready never went DOWN while the database was stopped");
            db = startDatabase(data, dbPort);
            long restarted = System.nanoTime();
            int lastStaffRead = 0;
            int lastWrite = 0;
            int lastReady = 0;
            while (System.nanoTime() - restarted < TimeUnit.SECONDS.toNanos(10)) {
                lastReady = call(port, "GET", "/q/health/ready", null, null).statusCode();
                lastStaffRead =
                        call(port, "GET", "/api/v1/admin/me", token, null).statusCode();
                lastWrite = call(
                                port,
                                "POST",
                                "/api/v1/admin/sections",
                                token,
                                "{\"slug\": \"after-" + System.nanoTime() + "\", \"name\": \"After\"}")
                        .statusCode();
                if (lastReady == 200 && lastStaffRead == 200 && lastWrite == 201) {
                    break;
                }
                sleep(200);
            }
            long recoveredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
            assertEquals(200, lastReady, "ready after " + recoveredMillis + " ms");
            assertEquals(200, lastStaffRead, "staff read after " + recoveredMillis + " ms");
            assertEquals(201, lastWrite, "staff write after " + recoveredMillis + " ms");
            sleep(500);
            running.set(false);
            for (Thread thread : load) {
                thread.join(30_000);
            }

            Map<String, Long> tally = new java.util.TreeMap<>();
            answers.forEach(answer -> tally.merge(answer.what() + " " + answer.status(), 1L, Long::sum));
            System.out.println("DatabaseRestartIT answers: " + tally + "; recovered after " + recoveredMillis + " ms");
            List<Answer> wrong =
                    answers.stream().filter(answer -> !answer.acceptable()).toList();
            assertEquals(
                    List.of(),
                    wrong,
                    "answers other than 2xx or 503 problem+json with Retry-After; " + tally + ", log " + log);
            assertTrue(answers.stream().anyMatch(answer -> answer.status() == 503), "no request met the outage");
            assertTrue(live.stream().allMatch(answer -> answer.status() == 200), "live went down: " + live);
            assertTrue(acknowledged.size() > 0);
            for (String id : acknowledged) {
                assertEquals(
                        200,
                        call(port, "GET", "/api/v1/admin/sections/" + id, token, null)
                                .statusCode(),
                        "acknowledged section " + id + " is lost");
            }
        } finally {
            running.set(false);
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            db.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
