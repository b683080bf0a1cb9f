package com.newsdesk.media;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real S3 protocol server for the S3 media store's tests: s3proxy (its jar copied into target/ by
 * the build) in a JVM of its own, keeping objects in memory. The bucket is made here.
 */
public class S3ProxyServer implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "newsdesk-media-test";

    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String endpoint = "http://127.0.0.1:" + port;
            Path properties = Files.createTempFile("s3proxy", ".properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "s3proxy.endpoint=" + endpoint,
                            "s3proxy.authorization=none",
                            "jclouds.provider=transient",
                            "jclouds.identity=local",
                            "jclouds.credential=local"));
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the build copies it (maven-dependency-plugin)");
            }
            Path log = Files.createTempFile("s3proxy", ".log");
            process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toString(),
                            "--properties",
                            properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            createBucket(endpoint, log);
            return Map.of(
                    "newsdesk.media.storage", "s3",
                    "newsdesk.media.s3.endpoint", endpoint,
                    "newsdesk.media.s3.bucket", BUCKET,
                    "newsdesk.media.s3.access-key-id", "local",
                    "newsdesk.media.s3.secret-access-key", "local");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    private static void createBucket(String endpoint, Path log) throws IOException, InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                HttpURLConnection put = (HttpURLConnection)
                        URI.create(endpoint + "/" + BUCKET).toURL().openConnection();
                put.setRequestMethod("PUT");
                if (put.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("s3proxy did not answer within 60 s: " + Files.readString(log));
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
